package com.copydesk.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Phrase lists as the content rules match them: case, curly or straight apostrophes and quotes,
 * and runs of spaces do not matter, and a phrase matches whole words only ("as an AI model" is
 * not found in "has an AI modelling step"). The lists come from the rule file, so that an editor
 * can add the wording a generator used without a new release.
 */
public final class Phrases {
    private final List<String> phrases;

    /** All the phrases (and the literals) as one automaton: a text is read once, however long the lists grow. */
    private final PhraseAutomaton automaton;
    /** How many literals of a rule's patterns are looked for with the phrases, and those that normalise to nothing. */
    private final int literalCount;
    private final boolean[] blankLiterals;

    public Phrases(List<String> phrases) {
        this(phrases, List.of());
    }

    /**
     * Phrases, and in the same pass the literals of a rule's patterns ({@link Patterns#literals()}):
     * a literal in a text is in its normalised form too (normalising folds case, quotes and runs of
     * spaces alike in both), so the prefilter read from normalised text skips no text the patterns
     * match.
     */
    public Phrases(List<String> phrases, List<String> literals) {
        this.phrases = phrases.stream().map(Phrases::normalise).filter(p -> !p.isBlank()).toList();
        List<String> all = new ArrayList<>(this.phrases);
        this.literalCount = literals.size();
        this.blankLiterals = new boolean[literals.size()];
        for (int i = 0; i < literals.size(); i++) {
            String literal = normalise(literals.get(i));
            blankLiterals[i] = literal.isEmpty(); // white space only: present wherever a space is, so always
            all.add(literal.isEmpty() ? "\u0000" : literal);
        }
        this.automaton = new PhraseAutomaton(all, this.phrases.size());
    }

    /** One match: the phrase as listed (normalised) and where it starts in the normalised text. */
    public record Match(String phrase, int index) {
    }

    /**
     * What one pass over normalised text found: the phrases ({@link #findAll}) and which of the
     * literals occur (null when none does), for {@link Patterns#mayMatch(boolean[])}.
     */
    public record Found(List<Match> matches, boolean[] literals) {
    }

    private static final Found NOTHING = new Found(List.of(), null);

    /** The phrases and the literals in already normalised text, in one pass. */
    public Found find(String normalised) {
        PhraseAutomaton.Pass pass = automaton.scan(normalised);
        boolean[] literals = pass == null ? null : pass.anywhere();
        for (int i = 0; i < literalCount; i++) {
            if (blankLiterals[i]) {
                if (literals == null) {
                    literals = new boolean[literalCount];
                }
                literals[i] = true;
            }
        }
        if (pass == null && literals == null) {
            return NOTHING;
        }
        return new Found(matches(pass == null ? null : pass.first()), literals);
    }

    /**
     * Lower case (ROOT), typographic apostrophes and quotes as ASCII, every run of white space as
     * one space. The result keeps no index of the original; evidence quotes the phrase instead.
     */
    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            switch (ch) {
                case '\u2018', '\u2019', '\u02BC', '\u2032', '`', '\u00B4' -> out.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> out.append('"');
                case '\u2010', '\u2011', '\u2012', '\u2013' -> out.append('-');
                default -> out.append(Character.toLowerCase(ch));
            }
        }
        return out.toString();
    }

    /**
     * The listed phrases found in already normalised text, each once, in list order; a phrase found
     * only inside a longer one found ("hope this helps" in "i hope this helps") is not named again.
     */
    public List<Match> findAll(String normalised) {
        return find(normalised).matches();
    }

    private List<Match> matches(int[] first) {
        if (first == null) {
            return List.of();
        }
        List<Match> found = new ArrayList<>();
        for (int p = 0; p < phrases.size(); p++) {
            String phrase = phrases.get(p);
            int at = first[p];
            if (at >= 0 && found.stream().noneMatch(m -> m.index() <= at && at + phrase.length() <= m.index() + m.phrase().length())) {
                found.removeIf(m -> at <= m.index() && m.index() + m.phrase().length() <= at + phrase.length());
                found.add(new Match(phrase, at));
            }
        }
        return found;
    }

    /** Where {@code phrase} occurs in {@code text} from {@code from} with no letter or digit glued to either end, or -1. */
    public static int indexOfWord(String text, String phrase, int from) {
        int at = text.indexOf(phrase, from);
        while (at >= 0) {
            boolean startOk = at == 0 || !isWordChar(text.charAt(at - 1)) || !isWordChar(phrase.charAt(0));
            int end = at + phrase.length();
            boolean endOk = end == text.length() || !isWordChar(text.charAt(end)) || !isWordChar(phrase.charAt(phrase.length() - 1));
            if (startOk && endOk) {
                return at;
            }
            at = text.indexOf(phrase, at + 1);
        }
        return -1;
    }

    static boolean isWordChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '_';
    }

    /** The rule file's regular expressions, each compiled or refused with the setting's name and the reason. */
    public static List<Pattern> patterns(String ruleId, String key, List<String> sources) {
        List<Pattern> patterns = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            try {
                patterns.add(Pattern.compile(sources.get(i)));
            } catch (PatternSyntaxException e) {
                throw new RuleConfigException(ruleId + "." + key + "[" + (i + 1) + "] is not a valid regular expression ("
                        + e.getDescription() + "): " + sources.get(i));
            }
        }
        return patterns;
    }

    /** The 1-based line of a character index. */
    public static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Up to {@code max} characters of text, cut with an ellipsis, on one line: evidence to read, not a page. */
    public static String quote(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "\u2026";
    }
}
