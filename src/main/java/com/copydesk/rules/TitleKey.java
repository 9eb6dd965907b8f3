package com.copydesk.rules;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A title as {@code duplicate-title} compares it: NFC, lower case, runs of spaces as one. Spaces
 * are every kind Unicode has (a no-break space looks like any other).
 */
public final class TitleKey {
    private TitleKey() {
    }

    public static String of(String title) {
        return Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{Z}]+", " ").strip();
    }
}
