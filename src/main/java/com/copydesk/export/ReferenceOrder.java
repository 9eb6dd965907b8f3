package com.copydesk.export;

import java.util.Comparator;

/**
 * The order drafts are exported in: references by Unicode code point, which is the byte order of
 * their UTF-8 text and so the order of SQLite's {@code ORDER BY reference}. {@link String#compareTo}
 * differs from it where characters beyond U+FFFF meet characters from U+E000 to U+FFFF.
 */
final class ReferenceOrder {
    static final Comparator<String> COMPARATOR = ReferenceOrder::compare;

    private ReferenceOrder() {
    }

    static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                boolean surrogateX = Character.isSurrogate(x);
                boolean surrogateY = Character.isSurrogate(y);
                if (surrogateX != surrogateY) {
                    // a surrogate starts a code point above U+FFFF, after every other character
                    return surrogateX ? 1 : -1;
                }
                return Character.compare(x, y);
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
