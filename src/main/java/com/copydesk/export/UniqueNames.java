package com.copydesk.export;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives each draft of one export its own file name. Drafts come in reference order, so the same
 * drafts always get the same names. When a name is taken (same title and the same first hex
 * digits of the reference's hash, a chance of one in four billion), the suffix grows.
 *
 * <p>Names are compared as a case-insensitive file system (macOS, Windows) compares them. Only a
 * 64-bit fingerprint of each name is kept, so a million names take a few tens of megabytes; two
 * fingerprints that collide only make a suffix longer.
 */
final class UniqueNames {
    private final Set<Long> taken = new HashSet<>();

    String assign(String title, String reference) {
        for (int digits = DraftFileName.SHORTEST_SUFFIX; digits <= 64; digits += 4) {
            String name = DraftFileName.of(title, reference, digits);
            if (taken.add(fingerprint(name))) {
                return name;
            }
        }
        throw new IllegalStateException("two drafts with the reference " + reference);
    }

    /** Takes a name given elsewhere (a site page's path); false when it is taken already. */
    boolean claim(String name) {
        return taken.add(fingerprint(name));
    }

    boolean isTaken(String name) {
        return taken.contains(fingerprint(name));
    }

    private static long fingerprint(String name) {
        String key = Normalizer.normalize(name, Normalizer.Form.NFC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
        }
        return hash ^ (hash >>> 29);
    }
}
