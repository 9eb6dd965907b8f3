package com.copydesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns what an editor types into an FTS5 query. Words, {@code prefix*}, {@code "exact phrases"}
 * and the operators AND, OR, NOT pass through; a word FTS5 would choke on (such as
 * {@code ai-style} or {@code c++}) is searched as a phrase of its parts. What cannot be made into
 * a query (an unclosed quote, a dangling operator) is refused with a hint for the editor.
 */
public final class FtsQuery {
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    private FtsQuery() {
    }

    /** @throws InvalidQueryException with a hint to show beside the search field */
    public static String from(String text) {
        List<String> terms = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
            } else if (ch == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) {
                    throw new InvalidQueryException("Close the quote: a phrase is written \"like this\".");
                }
                String phrase = text.substring(i + 1, close);
                int end = close + 1;
                boolean prefix = end < n && text.charAt(end) == '*';
                if (prefix) {
                    end++;
                }
                if (!phrase.isBlank()) {
                    terms.add(quote(phrase) + (prefix ? "*" : ""));
                }
                i = end;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                terms.add(word(text.substring(i, end)));
                i = end;
            }
        }
        if (terms.isEmpty()) {
            throw new InvalidQueryException("Type a word to search for.");
        }
        if (OPERATORS.contains(terms.get(0)) && !terms.get(0).equals("NOT")
                || OPERATORS.contains(terms.get(terms.size() - 1))) {
            throw new InvalidQueryException("AND, OR and NOT go between words, e.g. index AND migration.");
        }
        for (int k = 1; k < terms.size(); k++) {
            if (OPERATORS.contains(terms.get(k)) && OPERATORS.contains(terms.get(k - 1)) && !terms.get(k).equals("NOT")) {
                throw new InvalidQueryException("Two operators in a row: put a word between them.");
            }
        }
        if (terms.get(0).equals("NOT")) {
            throw new InvalidQueryException("NOT excludes words from a search: write what to find first, e.g. index NOT mysql.");
        }
        return String.join(" ", terms);
    }

    private static String word(String word) {
        if (OPERATORS.contains(word)) {
            return word;
        }
        boolean prefix = word.length() > 1 && word.endsWith("*");
        String stem = prefix ? word.substring(0, word.length() - 1) : word;
        if (stem.codePoints().allMatch(cp -> Character.isLetterOrDigit(cp) || cp == '_') && !stem.isEmpty()) {
            // Lower case, so that "and" typed as a word is not taken for the operator AND.
            return quote(stem.toLowerCase(Locale.ROOT)) + (prefix ? "*" : "");
        }
        return quote(stem) + (prefix ? "*" : "");
    }

    private static String quote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** A query that cannot be searched; the message is a hint for the editor. */
    public static final class InvalidQueryException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        public InvalidQueryException(String hint) {
            super(hint);
        }
    }
}
