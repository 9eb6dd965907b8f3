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

    /** All the phrases as one automaton: a text is read once, however long the list grows. */
    private final PhraseAutomaton automaton;

    public Phrases(List<String> phrases) {
        this.phrases = phrases.stream().map(Phrases::normalise).filter(p -> !p.isBlank()).toList();
        this.automaton = new PhraseAutomaton(this.phrases);
    }

    /** One match: the phrase as listed (normalised) and where it starts in the normalised text. */
    public record Match(String phrase, int index) {
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
        int[] first = automaton.firstWholeWordMatches(normalised);
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
