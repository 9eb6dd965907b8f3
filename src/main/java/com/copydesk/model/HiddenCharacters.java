package com.copydesk.model;

/**
 * Characters that act instead of showing: controls, bidirectional controls (which reorder text
 * on screen) and zero-width characters (which hide in it). The suspicious-text rule looks for
 * them; the window and the command line show them as code points instead of letting them act.
 * Line feeds, tabs and carriage returns are ordinary text here.
 */
public final class HiddenCharacters {
    private HiddenCharacters() {
    }

    /** What kind of hidden character this is, for a message; null for an ordinary one. */
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
        return null;
    }

    public static boolean isHidden(int cp) {
        return kind(cp) != null;
    }
}
