package com.copydesk.model;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;

/**
 * Characters that act instead of showing: controls, bidirectional controls (which reorder text
 * on screen), zero-width characters (which hide in it) and Unicode tag characters (invisible
 * letters, used to smuggle text past a reader). The suspicious-text rule looks for them; the
 * window and the command line show them as code points instead of letting them act.
 * Line feeds, tabs and carriage returns are ordinary text here.
 *
 * <p>Some of these characters are ordinary where they stand, and {@link #kindAt} says so: a
 * zero-width joiner that joins two emoji into one (👩‍💻, 🏳️‍🌈), a joiner or non-joiner between two
 * letters of a script that needs it to spell (a Persian word, a Hindi conjunct), and the tag
 * characters that spell a subdivision flag (🏴󠁧󠁢󠁳󠁣󠁴󠁿). The rule and the screens use that one judgement,
 * so that what the rule calls hidden is what the window marks.
 */
public final class HiddenCharacters {
    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;
    private static final int BLACK_FLAG = 0x1F3F4;
    private static final int CANCEL_TAG = 0xE007F;

    /** Scripts whose writers type ZWJ and ZWNJ to choose a letter's form or a ligature. */
    private static final Set<UnicodeScript> JOINING_SCRIPTS = EnumSet.of(UnicodeScript.ARABIC,
            UnicodeScript.SYRIAC, UnicodeScript.NKO, UnicodeScript.MONGOLIAN, UnicodeScript.DEVANAGARI,
            UnicodeScript.BENGALI, UnicodeScript.GURMUKHI, UnicodeScript.GUJARATI, UnicodeScript.ORIYA,
            UnicodeScript.TAMIL, UnicodeScript.TELUGU, UnicodeScript.KANNADA, UnicodeScript.MALAYALAM,
            UnicodeScript.SINHALA, UnicodeScript.MYANMAR, UnicodeScript.KHMER, UnicodeScript.TIBETAN);

    private HiddenCharacters() {
    }

    /** What kind of hidden character this is wherever it stands, for a message; null for an ordinary one. */
    public static String kind(int cp) {
        if (cp == '\n' || cp == '\t' || cp == '\r') {
            return null;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            return "a control character";
        }
        if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C) {
            return "a bidirectional control";
        }
        if ((cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF || cp == 0x180E) {
            return "a zero-width character";
        }
        if (cp == 0x2028 || cp == 0x2029) {
            return "a line or paragraph separator"; // breaks a line where nothing shows a break
        }
        if (cp >= 0xE0000 && cp <= 0xE007F) {
            return "an invisible tag character";
        }
        return null;
    }

    public static boolean isHidden(int cp) {
        return kind(cp) != null;
    }

    /**
     * What kind of hidden character stands at {@code index} of {@code text} (a code point's first
     * char), judged with its neighbours; null if it is ordinary there.
     */
    public static String kindAt(CharSequence text, int index) {
        int cp = Character.codePointAt(text, index);
        String kind = kind(cp);
        if (kind == null) {
            return null;
        }
        if (cp == ZWJ || cp == ZWNJ) {
            int before = index > 0 ? Character.codePointBefore(text, index) : -1;
            int afterIndex = index + 1;
            int after = afterIndex < text.length() ? Character.codePointAt(text, afterIndex) : -1;
            if (cp == ZWJ && before >= 0 && after >= 0 && endsEmoji(text, index) && isEmoji(after)) {
                return null;
            }
            if (before >= 0 && after >= 0 && joinsLetters(before, after)) {
                return null;
            }
        }
        if (cp >= 0xE0020 && cp <= CANCEL_TAG && inFlagTagSequence(text, index)) {
            return null;
        }
        return kind;
    }

    public static boolean isHiddenAt(CharSequence text, int index) {
        return kindAt(text, index) != null;
    }

    /**
     * Whether the emoji sequence before a joiner ends in an emoji: the emoji itself, or the emoji
     * followed by its presentation selector or a skin tone.
     */
    private static boolean endsEmoji(CharSequence text, int index) {
        int i = index;
        while (i > 0) {
            int cp = Character.codePointBefore(text, i);
            if (cp == 0xFE0F || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == 0x20E3) {
                i -= Character.charCount(cp);
                continue;
            }
            return isEmoji(cp);
        }
        return false;
    }

    /** Pictographs emoji sequences are built of (the Unicode emoji blocks and the older symbols used as emoji). */
    static boolean isEmoji(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2300 && cp <= 0x23FF)
                || (cp >= 0x2B00 && cp <= 0x2BFF) || (cp >= 0x2190 && cp <= 0x21FF) || cp == 0x00A9 || cp == 0x00AE
                || cp == 0x203C || cp == 0x2049 || cp == 0x2122 || cp == 0x2139 || cp == 0x3030 || cp == 0x303D
                || cp == 0x3297 || cp == 0x3299;
    }

    /** A joiner between two letters (or a letter and a vowel sign or virama) of a script that uses it. */
    private static boolean joinsLetters(int before, int after) {
        UnicodeScript script = UnicodeScript.of(before);
        return JOINING_SCRIPTS.contains(script) && UnicodeScript.of(after) == script;
    }

    /** Whether a tag character is part of 🏴 + tag letters + cancel tag, the spelling of a region's flag. */
    private static boolean inFlagTagSequence(CharSequence text, int index) {
        int start = index;
        while (start > 0) {
            int cp = Character.codePointBefore(text, start);
            if (cp < 0xE0020 || cp > 0xE007E) {
                if (cp != BLACK_FLAG) {
                    return false;
                }
                break;
            }
            start -= Character.charCount(cp);
        }
        if (start == 0) {
            return false;
        }
        for (int i = index; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (cp == CANCEL_TAG) {
                return true;
            }
            if (cp < 0xE0020 || cp > 0xE007E) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
