package com.copydesk.ui.common;

import com.copydesk.model.HiddenCharacters;

/**
 * Text from a draft as the editor must see it: control, bidirectional and zero-width characters
 * shown as ⟨U+XXXX⟩ instead of acting (a right-to-left override would otherwise reverse a title on
 * screen, the very trick the suspicious-text rule is about). Line feeds and tabs pass.
 */
public final class VisibleText {
    private VisibleText() {
    }

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (HiddenCharacters.isHidden(c)) {
                if (shown == null) {
                    shown = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                shown.append(String.format("\u27e8U+%04X\u27e9", (int) c));
            } else if (shown != null) {
                shown.append(c);
            }
        }
        return shown == null ? text : shown.toString();
    }
}
