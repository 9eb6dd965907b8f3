package com.copydesk.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Full-text search on the team store: a draft's title, summary and body as one {@code tsvector}
 * of {@link SearchTokens} (weights A, B and C, so that {@code title:} searches one field), and
 * the search an editor typed, as {@code FtsQuery} writes it for FTS5, as a {@code tsquery}.
 * Both are written as literals, lexeme by lexeme: PostgreSQL's parser never splits them again.
 */
public final class PgSearch {
    /** PostgreSQL keeps positions up to this; later words keep it (phrases there match less exactly). */
    private static final int MAX_POSITION = 16_383;
    /** PostgreSQL keeps at most this many positions of one lexeme. */
    private static final int MAX_POSITIONS = 255;
    /** A lexeme is at most 2 KB; a longer "word" (a hash, a data URL) is left out of the index. */
    private static final int MAX_LEXEME_BYTES = 2_046;

    private PgSearch() {
    }

    /** The {@code tsvector} literal of a draft's searchable text. */
    public static String document(String title, String summary, String body) {
        Map<String, List<String>> positions = new LinkedHashMap<>();
        int at = 1;
        String[] texts = {title, summary, body};
        char[] weights = {'A', 'B', 'C'};
        for (int f = 0; f < texts.length; f++) {
            for (String token : SearchTokens.of(texts[f])) {
                if (token.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_LEXEME_BYTES) {
                    List<String> list = positions.computeIfAbsent(token, k -> new ArrayList<>());
                    if (list.size() < MAX_POSITIONS) {
                        list.add(Math.min(at, MAX_POSITION) + String.valueOf(weights[f]));
                    }
                }
                at++;
            }
            at++; // a gap between fields: a phrase never runs from the title into the summary
        }
        StringBuilder literal = new StringBuilder();
        positions.forEach((token, list) -> {
            if (literal.length() > 0) {
                literal.append(' ');
            }
            literal.append(quote(token)).append(':').append(String.join(",", list));
        });
        return literal.toString();
    }

    /**
     * The {@code tsquery} for an FTS5 query as {@code FtsQuery.from} writes it: quoted phrases,
     * a {@code *} for a prefix, {@code field : "phrase"}, AND, OR, NOT and parentheses.
     */
    public static String query(String fts5) {
        return new Reader(fts5).expression();
    }

    private static String quote(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        String expression() {
            StringBuilder out = new StringBuilder(operand());
            while (true) {
                skipSpaces();
                if (at >= text.length() || text.charAt(at) == ')') {
                    return out.toString();
                }
                if (text.startsWith("AND", at)) {
                    at += 3;
                    out.append(" & ").append(operand());
                } else if (text.startsWith("OR", at)) {
                    at += 2;
                    out.append(" | ").append(operand());
                } else if (text.startsWith("NOT", at)) {
                    at += 3;
                    out.append(" & !").append(operand());
                } else {
                    out.append(" & ").append(operand()); // FTS5 reads words side by side as AND
                }
            }
        }

        private String operand() {
            skipSpaces();
            if (text.charAt(at) == '(') {
                at++;
                String inner = expression();
                skipSpaces();
                at++; // ')'
                return "(" + inner + ")";
            }
            String weight = "";
            if (text.charAt(at) != '"') {
                int colon = text.indexOf(':', at);
                String field = text.substring(at, colon).trim();
                weight = switch (field) {
                    case "title" -> "A";
                    case "summary" -> "B";
                    default -> "C";
                };
                at = colon + 1;
                skipSpaces();
            }
            at++; // opening quote
            StringBuilder phrase = new StringBuilder();
            while (true) {
                char ch = text.charAt(at++);
                if (ch == '"') {
                    if (at < text.length() && text.charAt(at) == '"') {
                        phrase.append('"');
                        at++;
                        continue;
                    }
                    break;
                }
                phrase.append(ch);
            }
            boolean prefix = at < text.length() && text.charAt(at) == '*';
            if (prefix) {
                at++;
            }
            List<String> tokens = SearchTokens.of(phrase.toString());
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                boolean last = i == tokens.size() - 1;
                String flags = (last && prefix ? "*" : "") + weight;
                parts.add(quote(tokens.get(i)) + (flags.isEmpty() ? "" : ":" + flags));
            }
            if (parts.isEmpty()) {
                return "'-'"; // nothing to find: a lexeme no document has (tokens hold letters and digits only)
            }
            return parts.size() == 1 ? parts.get(0) : "(" + String.join(" <-> ", parts) + ")";
        }

        private void skipSpaces() {
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
        }
    }
}
