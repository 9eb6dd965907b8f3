package com.copydesk.export;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The file name of a draft in a Markdown export: the slug of its title, a dash, a short hex suffix
 * from the reference's SHA-256, and {@code .md}; at most {@value #MAX_BYTES} bytes of UTF-8.
 *
 * <p>The slug keeps letters, digits and combining marks (lower case, Unicode NFC) and turns every
 * run of anything else into one dash, so a name can hold no path separator, dot, control or
 * formatting character (bidirectional overrides included) and none of {@code <>:"/\|?*}: whatever
 * the title, the name stays inside the export folder. The suffix also means that no name can be
 * one of Windows' reserved device names, and that two drafts with the same title get two names.
 */
public final class DraftFileName {
    public static final int MAX_BYTES = 120;
    public static final String EXTENSION = ".md";
    static final int SHORTEST_SUFFIX = 8;

    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|conin\\$|conout\\$|com[0-9¹²³]|lpt[0-9¹²³])");
    private static final Set<Character> FORBIDDEN = Set.of('<', '>', ':', '"', '/', '\\', '|', '?', '*');

    private DraftFileName() {
    }

    /** The name with a suffix of {@code hexDigits} hex digits (8 to 64) of the reference's hash. */
    public static String of(String title, String reference, int hexDigits) {
        String suffix = "-" + Sha256.hex(reference).substring(0, hexDigits) + EXTENSION;
        String slug = truncate(slug(title), MAX_BYTES - suffix.length());
        return (slug.isEmpty() ? "draft" : slug) + suffix;
    }

    /**
     * Whether a name is safe to create in a folder on Linux, macOS and Windows alike: a plain name
     * within the length, NFC, no reserved device name, no forbidden or invisible character, no
     * trailing dot or space. The export checks every name it writes or removes with it.
     */
    public static boolean isPortable(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..")
                || name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES
                || !Normalizer.isNormalized(name, Normalizer.Form.NFC)
                || name.endsWith(".") || name.endsWith(" ")) {
            return false;
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (RESERVED.matcher(stem.strip()).matches()) {
            return false;
        }
        return name.codePoints().noneMatch(cp -> cp < 0x20 || cp == 0x7f
                || (cp < 0x80 && FORBIDDEN.contains((char) cp))
                || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.CONTROL
                || Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.SURROGATE);
    }

    static String slug(String title) {
        String text = Normalizer.normalize(Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT),
                Normalizer.Form.NFC);
        StringBuilder slug = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean kept = Character.isLetterOrDigit(cp) || (isMark(cp) && slug.length() > 0 && !gap);
            if (!kept) {
                gap = true;
                continue;
            }
            if (gap && slug.length() > 0) {
                slug.append('-');
            }
            gap = false;
            slug.appendCodePoint(cp);
        }
        return Normalizer.normalize(slug, Normalizer.Form.NFC);
    }

    /** The longest prefix of whole characters (a letter with its marks) within the byte budget. */
    private static String truncate(String slug, int maxBytes) {
        if (slug.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return slug;
        }
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(slug);
        int end = 0;
        int bytes = 0;
        for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
            int size = slug.substring(end, next).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end = next;
        }
        String cut = slug.substring(0, end);
        while (cut.endsWith("-")) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
