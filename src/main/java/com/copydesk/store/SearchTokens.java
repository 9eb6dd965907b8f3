package com.copydesk.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Copydesk's own tokenizer for full-text search, the one the team store indexes and queries
 * with: runs of Unicode letters and digits (and private-use characters), case-folded, Latin
 * diacritics removed, no stemming. It reads text as the SQLite store's FTS5 index does
 * ({@code unicode61 remove_diacritics 2}), so that a search finds the same drafts on both
 * stores; PostgreSQL's own parser would split hosts, versions and hyphenated words its own way.
 */
public final class SearchTokens {
    private SearchTokens() {
    }

    public static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        StringBuilder token = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (isTokenChar(cp)) {
                token.appendCodePoint(cp);
            } else if (token.length() > 0) {
                tokens.add(fold(token.toString()));
                token.setLength(0);
            }
        });
        if (token.length() > 0) {
            tokens.add(fold(token.toString()));
        }
        return tokens;
    }

    private static boolean isTokenChar(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.PRIVATE_USE,
                 Character.NON_SPACING_MARK -> true;
            default -> false;
        };
    }

    /** Lower case; a Latin letter loses its accents (é to e), as FTS5's remove_diacritics does. */
    private static String fold(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        int previous = -1;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            boolean mark = Character.getType(cp) == Character.NON_SPACING_MARK;
            if (!(mark && previous >= 0 && Character.UnicodeScript.of(previous) == Character.UnicodeScript.LATIN)) {
                folded.appendCodePoint(cp);
            }
            if (!mark) {
                previous = cp;
            }
        }
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }
}
