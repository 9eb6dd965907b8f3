package com.copydesk.rules.ruleset;

import com.copydesk.model.RuleScope;
import com.copydesk.model.ScoreName;
import com.copydesk.rules.Phrases;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleConfig;
import com.copydesk.rules.RuleConfigException;
import com.copydesk.rules.checks.AiStyleRule;
import com.copydesk.rules.checks.BrokenMarkdownRule;
import com.copydesk.rules.checks.ChatbotLeftoverRule;
import com.copydesk.rules.checks.EmptySectionRule;
import com.copydesk.rules.checks.FutureDateRule;
import com.copydesk.rules.checks.PlaceholderRule;
import com.copydesk.rules.checks.RepeatedTextRule;
import com.copydesk.rules.checks.TopicMismatchRule;
import com.copydesk.rules.checks.TruncatedRule;
import com.copydesk.rules.checks.UnsafeLinkRule;
import com.copydesk.rules.checks.ChecklistMismatchRule;
import com.copydesk.rules.checks.DuplicateTitleRule;
import com.copydesk.rules.checks.GeneratorReviewRule;
import com.copydesk.rules.checks.ImageMismatchRule;
import com.copydesk.rules.checks.LowScoreRule;
import com.copydesk.rules.checks.MissingMetaRule;
import com.copydesk.rules.checks.NearDuplicateRule;
import com.copydesk.rules.checks.ParagraphCountRule;
import com.copydesk.rules.checks.ReadingTimeRule;
import com.copydesk.rules.checks.ReviewerNoteRule;
import com.copydesk.rules.checks.StaleReviewRule;
import com.copydesk.rules.checks.SuspiciousTextRule;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Every rule Copydesk knows, and how each is made from its settings. */
public final class RuleCatalog {
    private static final Map<String, Function<RuleConfig, Rule>> FACTORIES = new java.util.LinkedHashMap<>();
    /** Each rule's scope, known without building it: a disabled rule has one too. */
    private static final Map<String, RuleScope> SCOPES = new java.util.HashMap<>();

    static {
        register(GeneratorReviewRule.ID, GeneratorReviewRule.SCOPE, c -> new GeneratorReviewRule(c.severity()));
        register(AiStyleRule.ID, AiStyleRule.SCOPE, c -> new AiStyleRule(c.severity()));
        register(LowScoreRule.ID, LowScoreRule.SCOPE, c -> new LowScoreRule(c.severity(), thresholds(c)));
        register(StaleReviewRule.ID, StaleReviewRule.SCOPE, c -> new StaleReviewRule(c.severity(), c.integer("max_age_days", 0)));
        register(ReadingTimeRule.ID, ReadingTimeRule.SCOPE, c -> new ReadingTimeRule(c.severity(), c.integer("words_per_minute", 1),
                c.number("tolerance_percent", 0, 10_000), c.number("tolerance_minutes", 0, 10_000)));
        register(ParagraphCountRule.ID, ParagraphCountRule.SCOPE, c -> new ParagraphCountRule(c.severity(), c.integer("tolerance", 0)));
        register(ImageMismatchRule.ID, ImageMismatchRule.SCOPE, c -> new ImageMismatchRule(c.severity()));
        register(ChecklistMismatchRule.ID, ChecklistMismatchRule.SCOPE, c -> new ChecklistMismatchRule(c.severity(), c.text("section")));
        register(MissingMetaRule.ID, MissingMetaRule.SCOPE, c -> new MissingMetaRule(c.severity()));
        register(ReviewerNoteRule.ID, ReviewerNoteRule.SCOPE, c -> new ReviewerNoteRule(c.severity(), c.texts("phrases"),
                c.texts("records")));
        register(SuspiciousTextRule.ID, SuspiciousTextRule.SCOPE, c -> new SuspiciousTextRule(c.severity()));
        register(NearDuplicateRule.ID, NearDuplicateRule.SCOPE, c -> new NearDuplicateRule(c.severity(), c.number("threshold", 0.05, 1),
                c.integer("shingle_words", 1)));
        register(DuplicateTitleRule.ID, DuplicateTitleRule.SCOPE, c -> new DuplicateTitleRule(c.severity()));
        register(ChatbotLeftoverRule.ID, ChatbotLeftoverRule.SCOPE, c -> new ChatbotLeftoverRule(c.severity(), c.texts("phrases"),
                Phrases.patterns(c.id(), "patterns", c.texts("patterns")), c.map("reply_cues")));
        register(PlaceholderRule.ID, PlaceholderRule.SCOPE, c -> new PlaceholderRule(c.severity(), c.texts("phrases"),
                Phrases.patterns(c.id(), "patterns", c.texts("patterns")),
                Phrases.patterns(c.id(), "link_targets", List.of(c.text("link_targets"))).get(0), c.texts("filler_words")));
        register(TruncatedRule.ID, TruncatedRule.SCOPE, c -> new TruncatedRule(c.severity(), c.texts("connectives"), c.texts("item_endings")));
        register(RepeatedTextRule.ID, RepeatedTextRule.SCOPE, c -> new RepeatedTextRule(c.severity(),
                c.integer("paragraph_words", 1), c.integer("sentence_words", 1), c.integer("reference_headings", 0)));
        register(BrokenMarkdownRule.ID, BrokenMarkdownRule.SCOPE, c -> new BrokenMarkdownRule(c.severity()));
        register(EmptySectionRule.ID, EmptySectionRule.SCOPE, c -> new EmptySectionRule(c.severity()));
        register(UnsafeLinkRule.ID, UnsafeLinkRule.SCOPE, c -> new UnsafeLinkRule(c.severity(), severity(c, "script_severity"),
                c.texts("hosts"), c.texts("reserved_suffixes"), c.texts("networks"), c.texts("schemes")));
        register(TopicMismatchRule.ID, TopicMismatchRule.SCOPE, c -> new TopicMismatchRule(c.severity(),
                c.number("min_coverage", 0, 1), c.integer("min_meta_words", 1), c.integer("min_body_words", 0),
                c.texts("stop_words")));
        register(FutureDateRule.ID, FutureDateRule.SCOPE, c -> new FutureDateRule(c.severity(), c.integer("tolerance_days", 0)));
    }

    private RuleCatalog() {
    }

    private static void register(String id, RuleScope scope, Function<RuleConfig, Rule> factory) {
        FACTORIES.put(id, factory);
        SCOPES.put(id, scope);
    }

    /** What the rule judges; every known rule has a scope. */
    public static RuleScope scope(String id) {
        RuleScope scope = SCOPES.get(id);
        if (scope == null) {
            throw new IllegalArgumentException("no rule " + id);
        }
        return scope;
    }

    public static List<String> ids() {
        return List.copyOf(FACTORIES.keySet());
    }

    public static boolean knows(String id) {
        return FACTORIES.containsKey(id);
    }

    static Rule build(RuleConfig config) {
        return FACTORIES.get(config.id()).apply(config);
    }

    private static com.copydesk.model.Severity severity(RuleConfig config, String key) {
        Object value = config.settings().get(key);
        return com.copydesk.model.Severity.fromKey(String.valueOf(value)).orElseThrow(() -> new RuleConfigException(
                config.id() + "." + key + " must be block, warn or info, not " + value));
    }

    private static Map<ScoreName, Integer> thresholds(RuleConfig config) {
        Map<ScoreName, Integer> thresholds = new EnumMap<>(ScoreName.class);
        for (Map.Entry<String, Object> e : config.map("thresholds").entrySet()) {
            ScoreName name = ScoreName.fromKey(e.getKey()).orElseThrow(() -> new RuleConfigException(
                    config.id() + ".thresholds." + e.getKey() + " is not a score; the scores are quality, freshness, "
                            + "depth and clarity"));
            if (!(e.getValue() instanceof Number n) || n.intValue() < 0 || n.intValue() > 101) {
                throw new RuleConfigException(config.id() + ".thresholds." + e.getKey()
                        + " must be a whole number from 0 to 101, not " + e.getValue());
            }
            thresholds.put(name, n.intValue());
        }
        return thresholds;
    }
}
