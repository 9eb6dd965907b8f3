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
 * up among the body's words, code and its fences' languages included; a meta word of five letters
 * or more also meets a body word it begins ("postgres" in "PostgreSQL", "terraform" in "terraformed"), since
 * people write a product's full name where the meta has its short one. Each of those fields is judged on its own, since a
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
                addWords(value, meta);
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
        Wanted lookFor = new Wanted(wanted);
        int bodyWords = 0;
        for (TextBlock block : context.body().blocks()) {
            if (bodyWords >= minBodyWords && body.size() == wanted.size()) {
                break; // every meta word met, the body long enough: the rest cannot change the judgement
            }
            bodyWords += addWantedWords(block.text(), lookFor, body);
        }
        if (bodyWords < minBodyWords) {
            return List.of();
        }
        if (draft.body() != null) {
            // a code block's language ("```sql") says what the body is about as much as its words
            fenceLanguages(draft.body(), lookFor, body);
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

    /** Adds the folded content words of a meta field's text (stop words, one-letter words and numbers aside). */
    private void addWords(String text, Set<String> into) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            i = wordEnd(text, i);
            if (i > start) {
                String word = fold(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (word.length() > 1 && !stopWords.contains(word) && !isNumber(word)) {
                    into.add(word);
                }
            }
        }
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '+' || text.charAt(i) == '#')) {
            i++;
        }
        return i;
    }

    /**
     * The meta's words as a body's words are screened for them: their openings. A body word that
     * cannot fold to one of them, or begin with one, gets no string made for it (most of a body's
     * words).
     */
    private static final class Wanted {
        /**
         * A meta word this long or longer (folded) also meets a body word it begins, up to
         * {@link #PREFIX_MORE} letters longer: "postgres" meets "postgresql"; "form" never meets
         * "format", nor "type" "typescript".
         */
        static final int PREFIX_MIN = 5;
        static final int PREFIX_MORE = 4;
        final Set<String> words;
        final int[] openings;
        final Map<Integer, List<String>> prefixes = new java.util.HashMap<>();

        Wanted(Set<String> words) {
            this.words = words;
            this.openings = words.stream().mapToInt(w -> opening(w, 0, w.length())).distinct().toArray();
            for (String w : words) {
                if (w.length() >= PREFIX_MIN) {
                    prefixes.computeIfAbsent(opening(w, 0, w.length()), k -> new ArrayList<>()).add(w);
                }
            }
        }

        boolean mayBe(String text, int start, int end) {
            int opening = opening(text, start, end);
            for (int o : openings) {
                if (o == opening) {
                    return true;
                }
            }
            return false;
        }

        /** Adds the meta word a body word is, or begins with (a product's longer name: "postgresql"). */
        void meet(String bodyWord, Set<String> into) {
            String word = fold(bodyWord);
            if (words.contains(word)) {
                into.add(word);
                return;
            }
            List<String> candidates = prefixes.get(opening(bodyWord, 0, bodyWord.length()));
            if (candidates != null) {
                for (String w : candidates) {
                    if (bodyWord.length() <= w.length() + PREFIX_MORE && bodyWord.startsWith(w)) {
                        into.add(w);
                    }
                }
            }
        }
    }

    /** Adds the meta words among the languages named after a body's code fences. */
    private static void fenceLanguages(String body, Wanted wanted, Set<String> into) {
        for (String fence : new String[] {"```", "~~~"}) {
            int at = body.indexOf(fence);
            while (at >= 0) {
                int start = at;
                while (start < body.length() && body.charAt(start) == fence.charAt(0)) {
                    start++;
                }
                int end = wordEnd(body, start);
                if (end > start && (at == 0 || body.charAt(at - 1) == '\n' || body.charAt(at - 1) == ' ')) {
                    wanted.meet(body.substring(start, end).toLowerCase(Locale.ROOT), into);
                }
                at = body.indexOf(fence, Math.max(end, start));
            }
        }
    }

    /** Counts the words of a body's text and keeps those that are meta words. */
    private static int addWantedWords(String text, Wanted wanted, Set<String> into) {
        int count = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            i = wordEnd(text, i);
            if (i > start) {
                count++;
                if (wanted.mayBe(text, start, i)) {
                    wanted.meet(text.substring(start, i).toLowerCase(Locale.ROOT), into);
                }
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
