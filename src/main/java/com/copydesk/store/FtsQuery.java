package com.copydesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns what an editor types into an FTS5 query. It reads the syntax people type in search boxes
 * ({@link #SYNTAX}): words that must all match, {@code prefix*}, {@code "exact phrases"},
 * {@code a OR b}, {@code a AND NOT b}, {@code -word} (a minus only at the start of a term, so
 * {@code ai-style} stays one phrase), {@code title:}, {@code summary:} and {@code body:} for one
 * field, and parentheses. Every word is quoted in the result, so nothing typed reaches FTS5 as its
 * own syntax; the result is fully parenthesised, so FTS5's precedence (NOT over AND over OR) never
 * changes what was meant. What cannot be read (an unclosed quote or parenthesis, a dangling
 * operator, a search of nothing but exclusions, which FTS5 cannot answer) is refused with a hint.
 */
public final class FtsQuery {
    /** The syntax in one line, for hints and help. */
    public static final String SYNTAX = "Search syntax: words (all must match), \"a phrase\", prefix*, a OR b, "
            + "a AND NOT b or a -b, title:word, summary:word, body:word, (a OR b) c.";

    private static final Set<String> FIELDS = Set.of("title", "summary", "body");
    private static final Set<String> NOT_SEARCHABLE = Set.of("tag", "tags", "topic", "stack", "tool", "tools");

    private final List<Token> tokens;
    private int at;

    private FtsQuery(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** @throws InvalidQueryException with a hint to show beside the search field */
    public static String from(String text) {
        List<Token> tokens = tokenize(text);
        if (tokens.isEmpty()) {
            throw new InvalidQueryException("Type a word to search for.");
        }
        FtsQuery parser = new FtsQuery(tokens);
        Node query = parser.or();
        if (parser.at < tokens.size()) {
            Token stray = tokens.get(parser.at);
            throw new InvalidQueryException(stray.kind == Kind.CLOSE
                    ? "A ')' closes no '(': remove it or open the group, e.g. (index OR cache) sqlite."
                    : "Cannot read the search from '" + stray.text + "' on.");
        }
        if (query.negated) {
            throw new InvalidQueryException("NOT excludes words from a search: write what to find first, "
                    + "e.g. index NOT mysql or index -mysql.");
        }
        return query.fts;
    }

    // ---- tokens ----

    private enum Kind { WORD, PHRASE, AND, OR, NOT, MINUS, OPEN, CLOSE }

    /** A token; a word or phrase may carry a field ({@code title}) and a prefix star. */
    private record Token(Kind kind, String text, String field, boolean prefix) {
        static Token of(Kind kind, String text) {
            return new Token(kind, text, null, false);
        }
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
                continue;
            }
            if (ch == '(' || ch == ')') {
                tokens.add(Token.of(ch == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(ch)));
                i++;
                continue;
            }
            // A minus at the start of a term excludes it; inside a word (ai-style) it is the word's.
            if (ch == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1)) && text.charAt(i + 1) != '-') {
                tokens.add(Token.of(Kind.MINUS, "-"));
                i++;
                continue;
            }
            String field = null;
            int colon = fieldEnd(text, i);
            if (colon > 0) {
                field = text.substring(i, colon).toLowerCase(Locale.ROOT);
                i = colon + 1;
                if (i >= n || Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ')') {
                    throw new InvalidQueryException("Write what to find in the " + field + " right after the colon, "
                            + "e.g. " + field + ":rust or " + field + ":\"a phrase\".");
                }
                if (text.charAt(i) == '(') {
                    throw new InvalidQueryException("A field takes one word or phrase, e.g. " + field + ":rust; "
                            + "for more, repeat it: (" + field + ":rust OR " + field + ":go).");
                }
            }
            if (text.charAt(i) == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) {
                    throw new InvalidQueryException("Close the quote: a phrase is written \"like this\".");
                }
                int end = close + 1;
                boolean prefix = end < n && text.charAt(end) == '*';
                add(tokens, new Token(Kind.PHRASE, text.substring(i + 1, close), field, prefix));
                i = prefix ? end + 1 : end;
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(text.charAt(end)) && "\"()".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            String word = text.substring(i, end);
            i = end;
            if (field == null && (word.equals("AND") || word.equals("OR") || word.equals("NOT"))) {
                tokens.add(Token.of(Kind.valueOf(word), word));
            } else {
                boolean prefix = word.length() > 1 && word.endsWith("*");
                add(tokens, new Token(Kind.WORD, prefix ? word.substring(0, word.length() - 1) : word, field, prefix));
            }
        }
        return tokens;
    }

    /** Adds a word or phrase unless it has no letter or digit: FTS5 finds nothing for those. */
    private static void add(List<Token> tokens, Token term) {
        if (term.text.codePoints().anyMatch(Character::isLetterOrDigit)) {
            tokens.add(term);
        }
    }

    /** The index of the colon of a field prefix ({@code title:}) starting at {@code i}, or -1. */
    private static int fieldEnd(String text, int i) {
        int end = i;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end == i || end >= text.length() || text.charAt(end) != ':') {
            return -1;
        }
        String name = text.substring(i, end).toLowerCase(Locale.ROOT);
        if (FIELDS.contains(name)) {
            return end;
        }
        if (NOT_SEARCHABLE.contains(name)) {
            throw new InvalidQueryException("The search reads title:, summary: and body:; for " + name
                    + " use the Stack, Tools or topic filters.");
        }
        return -1; // another colon (a time, a URL) is part of the word
    }

    // ---- grammar: or := and (OR and)* ; and := unary ([AND] [NOT] unary)* ; unary := [-|NOT] primary ----

    /** An FTS5 expression; {@code negated} when it is only an exclusion, which must hang off a positive. */
    private record Node(String fts, boolean negated) {
    }

    private Node or() {
        List<Node> parts = new ArrayList<>();
        parts.add(and());
        while (peek(Kind.OR)) {
            at++;
            if (atEndOfGroup()) {
                throw new InvalidQueryException("OR needs a word on each side, e.g. caching OR indexing.");
            }
            parts.add(and());
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<String> fts = new ArrayList<>();
        for (Node part : parts) {
            if (part.negated) {
                throw new InvalidQueryException("An exclusion cannot stand alone beside OR: write what to find with it, "
                        + "e.g. (index NOT mysql) OR cache.");
            }
            fts.add(part.fts);
        }
        return new Node("(" + String.join(" OR ", fts) + ")", false);
    }

    private Node and() {
        if (peek(Kind.AND) || peek(Kind.OR)) {
            throw new InvalidQueryException("AND, OR and NOT go between words, e.g. index AND migration.");
        }
        List<String> wanted = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        while (!atEndOfGroup() && !peek(Kind.OR)) {
            boolean and = peek(Kind.AND);
            if (and) {
                at++;
                if (atEndOfGroup() || peek(Kind.OR) || peek(Kind.AND)) {
                    throw new InvalidQueryException("AND needs a word on each side, e.g. index AND migration.");
                }
            }
            Node term = unary();
            (term.negated ? excluded : wanted).add(term.fts);
        }
        if (wanted.isEmpty()) {
            // Only exclusions: FTS5 has no "everything but", so the caller refuses it.
            return new Node(excluded.size() == 1 ? excluded.get(0) : "(" + String.join(" OR ", excluded) + ")", true);
        }
        StringBuilder fts = new StringBuilder(wanted.size() == 1 ? wanted.get(0) : "(" + String.join(" AND ", wanted) + ")");
        for (String out : excluded) {
            fts.insert(0, '(').append(" NOT ").append(out).append(')');
        }
        return new Node(fts.toString(), false);
    }

    private Node unary() {
        if (peek(Kind.NOT) || peek(Kind.MINUS)) {
            at++;
            if (atEndOfGroup() || peek(Kind.OR) || peek(Kind.AND) || peek(Kind.NOT) || peek(Kind.MINUS)) {
                throw new InvalidQueryException("NOT needs a word after it, e.g. index NOT mysql.");
            }
            Node inner = primary();
            if (inner.negated) {
                throw new InvalidQueryException("Two exclusions in a row: write NOT once.");
            }
            return new Node(inner.fts, true);
        }
        return primary();
    }

    private Node primary() {
        Token token = tokens.get(at++);
        switch (token.kind) {
            case OPEN -> {
                if (atEndOfGroup()) {
                    throw new InvalidQueryException(at >= tokens.size()
                            ? "Close the parenthesis: a group is written (index OR cache)."
                            : "Empty parentheses: put words in the group, e.g. (index OR cache).");
                }
                Node inner = or();
                if (!peek(Kind.CLOSE)) {
                    throw new InvalidQueryException("Close the parenthesis: a group is written (index OR cache).");
                }
                at++;
                return inner;
            }
            case WORD, PHRASE -> {
                return new Node(term(token), false);
            }
            default -> throw new InvalidQueryException("Cannot read '" + token.text + "' here: " + SYNTAX);
        }
    }

    private boolean peek(Kind kind) {
        return at < tokens.size() && tokens.get(at).kind == kind;
    }

    private boolean atEndOfGroup() {
        return at >= tokens.size() || tokens.get(at).kind == Kind.CLOSE;
    }

    private static String term(Token token) {
        String text = token.text;
        if (token.kind == Kind.WORD && !text.isEmpty()
                && text.codePoints().allMatch(cp -> Character.isLetterOrDigit(cp) || cp == '_')) {
            // Lower case, so that "and" typed as a word is never taken for the operator AND.
            text = text.toLowerCase(Locale.ROOT);
        }
        String phrase = '"' + text.replace("\"", "\"\"") + '"' + (token.prefix ? "*" : "");
        return token.field == null ? phrase : token.field + " : " + phrase;
    }

    /** A query that cannot be searched; the message is a hint for the editor. */
    public static final class InvalidQueryException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        public InvalidQueryException(String hint) {
            super(hint);
        }
    }
}
