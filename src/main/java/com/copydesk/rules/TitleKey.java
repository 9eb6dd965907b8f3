package com.copydesk.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A title as {@code duplicate-title} compares it: NFKC (full-width letters, ligatures and
 * compatibility forms as their plain letters), lower case, punctuation as a space, runs of spaces
 * as one. "Caching: hot paths!" and "caching hot paths" are one title. Spaces are every kind
 * Unicode has (a no-break space looks like any other). {@code #} and {@code +} stay, since "C#"
 * and "C++" are not "C".
 *
 * <p>The store keeps each draft's key; {@link #VERSION} names this way of making it, so that a
 * store whose keys were made another way has them made again (see {@code FlagDrafts}).
 */
public final class TitleKey {
    /** Bump when {@link #of} changes what it returns for some title. */
    public static final int VERSION = 2;

    /** An apostrophe joins a word ("don't" is "dont"); other punctuation separates words. */
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02BC]");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}&&[^#]]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private TitleKey() {
    }

    public static String of(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SPACES.matcher(PUNCTUATION.matcher(APOSTROPHES.matcher(folded).replaceAll("")).replaceAll(" ")).replaceAll(" ").strip();
    }
}
