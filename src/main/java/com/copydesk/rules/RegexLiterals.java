package com.copydesk.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The literals a regular expression cannot match without: a list of clauses, each a set of
 * strings (lower case) of which at least one occurs in every match. {@code \[\s*(?:insert|add)}
 * needs "[" and one of "insert" or "add"; {@code (?:cite)?turn\d+} needs "turn" or "citeturn".
 * A text that lacks a clause cannot match, so the pattern need not run on it: the rules read a
 * text once for all their patterns' literals instead of once per pattern.
 *
 * <p>Read from the pattern's source, so that a pattern an editor adds to the rule file gets its
 * prefilter too. Only what is certain counts: optional parts, classes of many characters, back
 * references are no literal; a construct this reader does not know (the {@code x} and {@code u}
 * flags, {@code \Q…\E}, a class it cannot parse) gives no clause at all, and the pattern then runs
 * on every text, as before. Case is folded on both sides (a superset of what {@code (?i)} folds).
 */
public final class RegexLiterals {
    /** More alternatives than this are no better than none (a class of letters, a long product). */
    private static final int MOST_STRINGS = 64;
    private static final int MOST_CLASS_CHARS = 16;

    private final String source;
    private int at;

    private RegexLiterals(String source) {
        this.source = source;
    }

    /** The clauses every match satisfies; empty when nothing is certain (the pattern must always run). */
    public static List<Set<String>> required(String regex) {
        try {
            RegexLiterals reader = new RegexLiterals(regex);
            Node node = reader.alternation();
            if (reader.at != regex.length()) {
                return List.of();
            }
            return node.clauses;
        } catch (Unknown | RuntimeException e) {
            return List.of();
        }
    }

    /** What is known of a part of the pattern. */
    private record Node(Set<String> exact, List<Set<String>> clauses) {
        /** matches only these strings (a small, finite set), or null */
        static Node exactly(Set<String> strings) {
            if (strings.size() > MOST_STRINGS) {
                return new Node(null, List.of());
            }
            boolean allNonEmpty = strings.stream().noneMatch(String::isEmpty);
            return new Node(strings, allNonEmpty ? List.of(strings) : List.of());
        }

        static final Node EMPTY = new Node(Set.of(""), List.of());
        static final Node ANY = new Node(null, List.of());
    }

    /** Something this reader does not follow: the pattern gets no prefilter. */
    private static final class Unknown extends Exception {
        private static final long serialVersionUID = 1L;

        Unknown() {
            super(null, null, false, false);
        }
    }

    private Node alternation() throws Unknown {
        List<Node> branches = new ArrayList<>();
        branches.add(sequence());
        while (at < source.length() && source.charAt(at) == '|') {
            at++;
            branches.add(sequence());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        Set<String> exact = new LinkedHashSet<>();
        Set<String> union = new LinkedHashSet<>();
        for (Node branch : branches) {
            if (exact != null && branch.exact() != null) {
                exact.addAll(branch.exact());
            } else {
                exact = null;
            }
            Set<String> best = best(branch.clauses());
            if (union != null && best != null) {
                union.addAll(best);
            } else {
                union = null;
            }
        }
        if (exact != null) {
            return Node.exactly(exact);
        }
        return union == null || union.size() > MOST_STRINGS ? Node.ANY : new Node(null, List.of(union));
    }

    /** The clause a text is least likely to satisfy by chance: its shortest string longest, then the fewest strings. */
    private static Set<String> best(List<Set<String>> clauses) {
        Set<String> best = null;
        for (Set<String> clause : clauses) {
            if (best == null || shortest(clause) > shortest(best)
                    || shortest(clause) == shortest(best) && clause.size() < best.size()) {
                best = clause;
            }
        }
        return best;
    }

    private static int shortest(Set<String> clause) {
        return clause.stream().mapToInt(String::length).min().orElse(0);
    }

    private Node sequence() throws Unknown {
        List<Set<String>> clauses = new ArrayList<>();
        Set<String> run = Set.of(""); // the product of the exact parts read since the last inexact one
        boolean exact = true;
        while (at < source.length() && source.charAt(at) != '|' && source.charAt(at) != ')') {
            Node item = quantified(atom());
            Set<String> product = item.exact() == null ? null : product(run, item.exact());
            if (product != null) {
                run = product;
                continue;
            }
            exact = false;
            addClause(clauses, run);
            run = Set.of("");
            if (item.exact() != null) { // exact but the product grew too large: start a new run with it
                run = item.exact();
            } else {
                clauses.addAll(item.clauses());
            }
        }
        if (exact) {
            return Node.exactly(run);
        }
        addClause(clauses, run);
        return new Node(null, clauses);
    }

    private static void addClause(List<Set<String>> clauses, Set<String> strings) {
        if (strings.size() <= MOST_STRINGS && strings.stream().noneMatch(String::isEmpty)) {
            clauses.add(strings);
        }
    }

    private static Set<String> product(Set<String> left, Set<String> right) {
        if ((long) left.size() * right.size() > MOST_STRINGS) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String l : left) {
            for (String r : right) {
                out.add(l + r);
            }
        }
        return out;
    }

    private Node quantified(Node atom) throws Unknown {
        if (at >= source.length()) {
            return atom;
        }
        char ch = source.charAt(at);
        int min;
        int max;
        if (ch == '*' || ch == '+' || ch == '?') {
            at++;
            min = ch == '+' ? 1 : 0;
            max = ch == '?' ? 1 : Integer.MAX_VALUE;
        } else if (ch == '{' && at + 1 < source.length() && Character.isDigit(source.charAt(at + 1))) {
            int close = source.indexOf('}', at);
            if (close < 0) {
                throw new Unknown();
            }
            String[] bounds = source.substring(at + 1, close).split(",", -1);
            min = Integer.parseInt(bounds[0].strip());
            max = bounds.length == 1 ? min : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
            at = close + 1;
        } else {
            return atom;
        }
        if (at < source.length() && (source.charAt(at) == '?' || source.charAt(at) == '+')) {
            at++; // lazy or possessive: the same strings
        }
        if (min == 1 && max == 1) {
            return atom;
        }
        if (min == 0 && max == 1 && atom.exact() != null) {
            Set<String> optional = new LinkedHashSet<>(atom.exact());
            optional.add("");
            return Node.exactly(optional);
        }
        if (min == 0) {
            return Node.ANY;
        }
        return new Node(null, atom.clauses()); // at least once: whatever one copy needs
    }

    private Node atom() throws Unknown {
        char ch = source.charAt(at++);
        switch (ch) {
            case '(':
                return group();
            case '[':
                return charClass();
            case '\\':
                return escape();
            case '.':
                return Node.ANY;
            case '^':
            case '$':
                return Node.EMPTY;
            case '*':
            case '+':
            case '?':
            case '{':
                throw new Unknown(); // a quantifier with nothing before it, or a brace this reader does not follow
            default:
                return literal(ch);
        }
    }

    private static Node literal(char ch) {
        return Node.exactly(Set.of(String.valueOf(Character.toLowerCase(ch))));
    }

    private Node group() throws Unknown {
        boolean keep = true;
        if (source.startsWith("?", at)) {
            at++;
            if (source.startsWith(":", at) || source.startsWith(">", at)) {
                at++;
            } else if (source.startsWith("=", at) || source.startsWith("!", at)) {
                at++;
                keep = false;
            } else if (source.startsWith("<=", at) || source.startsWith("<!", at)) {
                at += 2;
                keep = false;
            } else if (source.startsWith("<", at)) {
                int close = source.indexOf('>', at);
                if (close < 0) {
                    throw new Unknown();
                }
                at = close + 1; // a named group
            } else {
                // flags: (?im) or (?-i:...); only those that leave literals as they are
                while (at < source.length() && "ims-".indexOf(source.charAt(at)) >= 0) {
                    at++;
                }
                if (source.startsWith(")", at)) {
                    at++;
                    return Node.EMPTY;
                }
                if (!source.startsWith(":", at)) {
                    throw new Unknown(); // x (comments), u (Unicode case), d, U: not read
                }
                at++;
            }
        }
        Node inner = alternation();
        if (!source.startsWith(")", at)) {
            throw new Unknown();
        }
        at++;
        return keep ? inner : Node.EMPTY; // a look-around matches no characters of its own
    }

    private Node escape() throws Unknown {
        char ch = source.charAt(at++);
        switch (ch) {
            case 'b', 'B', 'A', 'z', 'Z', 'G':
                return Node.EMPTY;
            case 'd', 'D', 'w', 'W', 's', 'S', 'h', 'H', 'v', 'V', 'R', 'X':
                return Node.ANY;
            case 'p', 'P':
                skipBraces();
                return Node.ANY;
            case 't':
                return literal('\t');
            case 'n':
                return literal('\n');
            case 'r':
                return literal('\r');
            case 'f':
                return literal('\f');
            case 'u':
                return literal(hex(4));
            default:
                if (Character.isLetterOrDigit(ch)) {
                    throw new Unknown(); // back references, \Q, \x, \c, \N, \k: not read
                }
                return literal(ch);
        }
    }

    private char hex(int digits) throws Unknown {
        if (at + digits > source.length()) {
            throw new Unknown();
        }
        char ch = (char) Integer.parseInt(source.substring(at, at + digits), 16);
        at += digits;
        return ch;
    }

    private void skipBraces() throws Unknown {
        if (source.startsWith("{", at)) {
            int close = source.indexOf('}', at);
            if (close < 0) {
                throw new Unknown();
            }
            at = close + 1;
        } else {
            at++; // \pL
        }
    }

    /**
     * A class of a few single characters ({@code [!:]}, {@code [\uE200-\uE206]}) is their set; a
     * negated, large or nested one, or one with {@code \w}-like escapes, is any character. The
     * class is read to its end either way, with Java's rules (a {@code ]} first is a literal).
     */
    private Node charClass() throws Unknown {
        Set<String> chars = new LinkedHashSet<>();
        boolean any = false;
        if (source.startsWith("^", at)) {
            at++;
            any = true;
        }
        boolean first = true;
        while (true) {
            if (at >= source.length()) {
                throw new Unknown();
            }
            char ch = source.charAt(at++);
            if (ch == ']' && !first) {
                break;
            }
            first = false;
            if (ch == '[') {
                charClass(); // a union or an intersection: any character, as far as literals go
                any = true;
                continue;
            }
            if (ch == '&' && source.startsWith("&", at)) {
                any = true;
                continue;
            }
            char from;
            if (ch == '\\') {
                char e = source.charAt(at++);
                switch (e) {
                    case 't' -> from = '\t';
                    case 'n' -> from = '\n';
                    case 'r' -> from = '\r';
                    case 'f' -> from = '\f';
                    case 'u' -> from = hex(4);
                    case 'p', 'P' -> {
                        skipBraces();
                        any = true;
                        continue;
                    }
                    default -> {
                        if (Character.isLetterOrDigit(e)) {
                            any = true; // \w, \d, \s and the like; \x and \0 not read either
                            if (e == 'x' || e == '0' || e == 'c' || e == 'N') {
                                throw new Unknown();
                            }
                            continue;
                        }
                        from = e;
                    }
                }
            } else {
                from = ch;
            }
            if (source.startsWith("-", at) && at + 1 < source.length() && source.charAt(at + 1) != ']') {
                at++;
                char to = source.charAt(at++);
                if (to == '\\') {
                    if (!source.startsWith("u", at)) {
                        throw new Unknown();
                    }
                    at++;
                    to = hex(4);
                }
                if (to - from >= MOST_CLASS_CHARS) {
                    any = true;
                    continue;
                }
                for (char c = from; c <= to; c++) {
                    chars.add(String.valueOf(Character.toLowerCase(c)));
                }
            } else {
                chars.add(String.valueOf(Character.toLowerCase(from)));
            }
        }
        return any || chars.isEmpty() || chars.size() > MOST_CLASS_CHARS ? Node.ANY : Node.exactly(chars);
    }
}
