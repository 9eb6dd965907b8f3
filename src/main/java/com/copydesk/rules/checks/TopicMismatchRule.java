package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.RuleScope;
import com.copydesk.model.Severity;
import com.copydesk.rules.BodyFacts.TextBlock;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The meta says the draft is about one thing and the body about another. Measured on vocabulary,
 * not on a list of topics: the content words of {@code topic}, of {@code stack} and of a page's
 * {@code tags}/{@code categories} (stop words aside, plural and "-ing" endings folded) are looked
 * up among the body's words, code included. Each of those fields is judged on its own, since a
 * body about Python under a Rust stack contradicts it even when the topic's problem words match.
 * A field with fewer than {@code minMetaWords} content words, or a body shorter than
 * {@code minBodyWords}, says too little to judge: better no finding than a guess.
 */
public final class TopicMismatchRule implements Rule {
    public static final String ID = "topic-mismatch";
    public static final RuleScope SCOPE = RuleScope.META;

    private final Severity severity;
    private final double minCoverage;
    private final int minMetaWords;
    private final int minBodyWords;
    private final Set<String> stopWords;

    public TopicMismatchRule(Severity severity, double minCoverage, int minMetaWords, int minBodyWords, List<String> stopWords) {
        this.severity = severity;
        this.minCoverage = minCoverage;
        this.minMetaWords = minMetaWords;
        this.minBodyWords = minBodyWords;
        this.stopWords = Set.copyOf(stopWords.stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).toList());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleScope scope() {
        return SCOPE;
    }

    @Override
    public List<Finding> check(Draft draft, RuleContext context) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("topic", draft.topic() == null ? List.of() : List.of(draft.topic()));
        fields.put("stack", draft.stack() == null ? List.of() : draft.stack());
        fields.put("tags", strings(draft.extra(), "tags"));
        fields.put("categories", strings(draft.extra(), "categories"));
        Map<String, Set<String>> metaWords = new LinkedHashMap<>();
        Set<String> wanted = new HashSet<>();
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            Set<String> meta = new LinkedHashSet<>();
            for (String value : field.getValue()) {
                addWords(value, meta, true, null);
            }
            if (meta.size() >= minMetaWords) {
                metaWords.put(field.getKey(), meta);
                wanted.addAll(meta);
            }
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        // One pass over the body that keeps only the meta's words it meets: the body's vocabulary is never built
        Set<String> body = new HashSet<>();
        Set<Integer> openings = new HashSet<>();
        for (String word : wanted) {
            openings.add(opening(word, 0, word.length()));
        }
        int bodyWords = 0;
        for (TextBlock block : context.body().blocks()) {
            bodyWords += addWantedWords(block.text(), wanted, openings, body);
        }
        if (bodyWords < minBodyWords) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        metaWords.forEach((field, meta) -> judge(field, fields.get(field), meta, body, problems));
        if (problems.isEmpty()) {
            return List.of();
        }
        return List.of(new Finding(ID, severity, "the meta and the body are about different things: " + String.join("; ", problems)));
    }

    private void judge(String field, List<String> values, Set<String> meta, Set<String> body, List<String> problems) {
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (String word : meta) {
            if (body.contains(word)) {
                found++;
            } else {
                missing.add(word);
            }
        }
        double coverage = (double) found / meta.size();
        if (coverage < minCoverage) {
            problems.add(String.format(Locale.ROOT, "%s \"%s\": %d of its %d words are in the body (%.0f %%, at least %.0f %% expected; missing: %s)",
                    field, String.join(", ", values), found, meta.size(), coverage * 100, minCoverage * 100,
                    String.join(", ", missing.subList(0, Math.min(8, missing.size())))));
        }
    }

    private static List<String> strings(Map<String, Object> extra, String key) {
        Object value = extra == null ? null : extra.get(key);
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> {
                if (v instanceof String s) {
                    out.add(s);
                }
            });
        } else if (value instanceof String s) {
            out.add(s);
        }
        return out;
    }

    /** Adds the folded words of a text; counts every word. Meta words skip stop words and one-letter words. */
    private int addWords(String text, Set<String> into, boolean contentOnly, Set<Integer> openings) {
        int count = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '+' || text.charAt(i) == '#')) {
                i++;
            }
            if (i > start) {
                count++;
                if (openings != null && !openings.contains(opening(text, start, i))) {
                    continue; // its stem cannot be a meta word's: no string made for it
                }
                String word = fold(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (!contentOnly || (word.length() > 1 && !stopWords.contains(word) && !isNumber(word))) {
                    into.add(word);
                }
            }
        }
        return count;
    }

    /** Counts the words of a body's text and keeps those that are meta words. */
    private int addWantedWords(String text, Set<String> wanted, Set<Integer> openings, Set<String> into) {
        Set<String> seen = new HashSet<>();
        int count = addWords(text, seen, false, openings);
        for (String word : seen) {
            if (wanted.contains(word)) {
                into.add(word);
            }
        }
        return count;
    }

    /**
     * A word's first two characters in lower case, as one number: {@link #fold} only ever cuts a
     * word's end and keeps at least three characters of a longer one, so a body word can only
     * fold to a meta word that opens the same way.
     */
    private static int opening(String text, int start, int end) {
        char first = Character.toLowerCase(text.charAt(start));
        char second = end - start > 1 ? Character.toLowerCase(text.charAt(start + 1)) : 0;
        return first << 16 | second;
    }

    private static boolean isNumber(String word) {
        return word.chars().allMatch(Character::isDigit);
    }

    /**
     * A light stem, the same on both sides: "services" and "service", "testing" and "test", "queries"
     * and "query", "caching", "cached", "caches" and "cache" (a final "e" goes, so that the stem of
     * "cache" meets the stem of "caching").
     */
    static String fold(String word) {
        if (word.length() > 5 && word.endsWith("ing")) {
            word = word.substring(0, word.length() - 3);
        } else if (word.length() > 4 && word.endsWith("ed") && !word.endsWith("eed")) {
            word = word.substring(0, word.length() - 2);
        } else if (word.length() > 4 && word.endsWith("ies")) {
            word = word.substring(0, word.length() - 3) + "y";
        } else if (word.length() > 4 && word.endsWith("es") && (word.endsWith("ses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes"))) {
            word = word.substring(0, word.length() - 2);
        } else if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            word = word.substring(0, word.length() - 1);
        }
        if (word.length() > 3 && word.endsWith("e") && !word.endsWith("ee")) {
            word = word.substring(0, word.length() - 1);
        }
        return word;
    }
}
