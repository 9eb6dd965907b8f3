package com.copydesk.ui.common;

import com.copydesk.model.HiddenCharacters;

/**
 * Text from a draft as the editor must see it: control, bidirectional and zero-width characters
 * shown as ⟨U+XXXX⟩ instead of acting (a right-to-left override would otherwise reverse a title on
 * screen, the very trick the suspicious-text rule is about). Line feeds and tabs pass, and so do
 * the joiners that are part of an emoji or a word ({@link HiddenCharacters#kindAt}).
 */
public final class VisibleText {
    private VisibleText() {
    }

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            // judged in context: the joiner inside 👩‍💻 is part of the emoji, not a hidden character
            if (HiddenCharacters.isHiddenAt(text, i)) {
                if (shown == null) {
                    shown = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                shown.append(String.format("\u27e8U+%04X\u27e9", cp));
            } else if (shown != null) {
                shown.append(text, i, next);
            }
            i = next;
        }
        return shown == null ? text : shown.toString();
    }
}
