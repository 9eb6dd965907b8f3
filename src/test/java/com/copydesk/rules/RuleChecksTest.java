package com.copydesk.rules;

import com.copydesk.model.Draft;
import com.copydesk.model.DraftBuilder;
import com.copydesk.model.Finding;
import com.copydesk.model.GeneratorFlags;
import com.copydesk.model.ImageSource;
import com.copydesk.model.Payload;
import com.copydesk.model.Revision;
import com.copydesk.model.ScoreName;
import com.copydesk.model.Scores;
import com.copydesk.model.Severity;
import com.copydesk.rules.ruleset.RuleSet;
import com.copydesk.rules.ruleset.RuleSetLoader;
import com.copydesk.rules.checks.AiStyleRule;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule on both sides of its threshold, with drafts built here. */
class RuleChecksTest {
    static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    /**
     * Four prose paragraphs (192 words), two headings and two items (8 words): 200 words, one
     * minute of reading; two sections, a checklist and one sourced image.
     */
    static final String BODY = paragraph(50) + "\n\n![a chart](https://images.unsplash.com/c.png)\n\n## first section\n\n"
            + paragraph(50, 1) + "\n\n" + paragraph(45, 2) + "\n\n## implementation checklist\n\n- check one\n- check two\n\n"
            + paragraph(47, 3) + "\n";

    static String paragraph(int words) {
        return paragraph(words, 0);
    }

    /** A paragraph of one sentence; paragraphs of different seeds differ (repeated-text compares them). */
    static String paragraph(int words, int seed) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append("word").append((i + seed * 3) % 7);
        }
        return text.append('.').toString();
    }

    /** A draft no rule finds anything in. */
    static Draft clean() {
        return new DraftBuilder().reference("r").title("A title").body(BODY).topic("a topic").summary("a summary")
                .readingTime(1).score(new Scores(80, 80, 80, 80))
                .revision(new Revision("expanded", "1.0", TODAY.minusDays(10), Map.of()))
                .flags(new GeneratorFlags(false, true, false, false, Map.of()))
                .checklist(List.of("check one", "check two"))
                .imageSources(List.of(new ImageSource("unsplash", "https://images.unsplash.com/c.png", "a chart", Map.of())))
                .payload(new Payload("s", "g", 4, "sc", 1L, Map.of()))
                .notes(List.of("a harmless note"))
                .build();
    }

    static List<Finding> check(Rule rule, Draft draft) {
        return rule.check(draft, new RuleContext(TODAY, BodyFacts.of(draft.body()), CorpusFacts.NONE));
    }

    static List<Finding> check(Rule rule, UnaryOperator<DraftBuilder> change) {
        return check(rule, change.apply(clean().toBuilder()).build());
    }

    @Test
    void theCleanDraftHasNoFindingUnderTheDefaultRules() {
        RuleSet defaults = new RuleSetLoader().defaults();
        assertThat(defaults.evaluate(clean(), TODAY, CorpusFacts.NONE)).isEmpty();
        assertThat(BodyFacts.of(BODY).words()).isEqualTo(200);
        assertThat(BodyFacts.of(BODY).proseParagraphs()).isEqualTo(4);
    }

    @Test
    void generatorReview() {
        Rule rule = new GeneratorReviewRule(Severity.WARN);
        assertThat(check(rule, b -> b.flags(new GeneratorFlags(false, true, false, true, Map.of()))))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("generator-review");
                    assertThat(f.severity()).isEqualTo(Severity.WARN);
                    assertThat(f.message()).contains("needs_human_review = 1");
                });
        assertThat(check(rule, clean())).isEmpty();
    }

    @Test
    void aiStyle() {
        Rule rule = new AiStyleRule(Severity.INFO);
        assertThat(check(rule, b -> b.flags(new GeneratorFlags(true, true, false, false, Map.of()))))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(check(rule, clean())).isEmpty();
    }

    @Test
    void lowScoreNamesEachLowScoreAndItsThreshold() {
        Rule rule = new LowScoreRule(Severity.WARN, Map.of(ScoreName.QUALITY, 70, ScoreName.FRESHNESS, 70,
                ScoreName.DEPTH, 70, ScoreName.CLARITY, 70));
        assertThat(check(rule, b -> b.score(new Scores(69, 70, 90, 12)))).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("low scores: quality 69 < 70, clarity 12 < 70"));
        assertThat(check(rule, b -> b.score(new Scores(70, 70, 70, 70)))).isEmpty();
        assertThat(check(rule, b -> b.score(null))).as("no scores: nothing to compare").isEmpty();
    }

    @Test
    void staleReview() {
        Rule rule = new StaleReviewRule(Severity.WARN, 365);
        assertThat(check(rule, b -> b.revision(new Revision(null, null, TODAY.minusDays(366), Map.of()))))
                .singleElement().satisfies(f -> assertThat(f.message()).isEqualTo(
                        "last reviewed 2025-11-24, 366 days ago (limit 365 days)"));
        assertThat(check(rule, b -> b.revision(new Revision(null, null, TODAY.minusDays(365), Map.of())))).isEmpty();
        assertThat(check(rule, b -> b.revision(null))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("never reviewed"));
    }

    @Test
    void readingTimeNeedsBothMoreThanHalfAndMoreThanAMinuteOff() {
        Rule rule = new ReadingTimeRule(Severity.WARN, 200, 50, 1);
        // 200 words: 1.0 minute
        assertThat(check(rule, b -> b.readingTime(3))).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("reading_time says 3 min, but the body has 200 words: 1.0 min at 200 words a minute"));
        assertThat(check(rule, b -> b.readingTime(2))).as("off by 100% but only 1 minute").isEmpty();
        String longBody = BODY + "\n" + paragraph(1800) + "\n"; // 2000 words: 10 minutes
        assertThat(check(rule, b -> b.body(longBody).readingTime(14))).as("off by 4 minutes but only 40%").isEmpty();
        assertThat(check(rule, b -> b.body(longBody).readingTime(16))).hasSize(1);
        assertThat(check(rule, b -> b.readingTime(null))).isEmpty();
    }

    @Test
    void paragraphCountAllowsOneOff() {
        Rule rule = new ParagraphCountRule(Severity.WARN, 1);
        assertThat(check(rule, b -> b.payload(new Payload(null, null, 3, null, null, Map.of())))).isEmpty();
        assertThat(check(rule, b -> b.payload(new Payload(null, null, 5, null, null, Map.of())))).isEmpty();
        assertThat(check(rule, b -> b.payload(new Payload(null, null, 2, null, null, Map.of())))).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("payload.paragraphs says 2, the body has 4 prose paragraphs"));
        assertThat(check(rule, b -> b.payload(new Payload(null, null, 6, null, null, Map.of())))).hasSize(1);
    }

    @Test
    void imageMismatch() {
        Rule rule = new ImageMismatchRule(Severity.WARN);
        assertThat(check(rule, clean())).isEmpty();
        assertThat(check(rule, b -> b.flags(new GeneratorFlags(false, false, false, false, Map.of()))))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("has_images = 0"));
        assertThat(check(rule, b -> b.body(paragraph(10)).imageSources(List.of()))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("has_images = 1, but the body shows no image"));
        assertThat(check(rule, b -> b.imageSources(List.of()))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"a chart\" has no image_sources entry"));
        assertThat(check(rule, b -> b.body(BODY.replace("https://images", "http://images"))
                .imageSources(List.of(new ImageSource("x", "http://images.unsplash.com/c.png", "a chart", Map.of())))))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("not https"));
    }

    @Test
    void checklistMismatch() {
        Rule rule = new ChecklistMismatchRule(Severity.WARN, "implementation checklist");
        assertThat(check(rule, b -> b.checklist(List.of("Check one ", "check two")))).as("case and spaces").isEmpty();
        assertThat(check(rule, b -> b.checklist(List.of("check one", "check three")))).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("only in the checklist field: \"check three\"; "
                        + "only in the body's \"implementation checklist\": \"check two\""));
        assertThat(check(rule, b -> b.body(paragraph(20)))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("no \"implementation checklist\" list"));
    }

    @Test
    void missingMeta() {
        Rule rule = new MissingMetaRule(Severity.WARN);
        assertThat(check(rule, clean())).isEmpty();
        assertThat(check(rule, b -> b.summary(" ").topic(null).checklist(List.of()).body(paragraph(30))))
                .singleElement().satisfies(f -> assertThat(f.message())
                        .isEqualTo("missing or empty: summary, topic, checklist, a section in the body (no heading)"));
    }

    @Test
    void reviewerNote() {
        Rule rule = new ReviewerNoteRule(Severity.WARN, List.of("should be reviewed", "check facts"), List.of("reviewed by"));
        assertThat(check(rule, b -> b.notes(List.of("ok", "This SHOULD BE REVIEWED before indexing")))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("This SHOULD BE REVIEWED before indexing"));
        assertThat(check(rule, b -> b.notes(List.of("please check facts")))).hasSize(1);
        assertThat(check(rule, clean())).isEmpty();
        assertThat(check(rule, b -> b.notes(null))).isEmpty();
    }

    @Test
    void suspiciousTextFindsHiddenCharactersAndActiveHtml() {
        Rule rule = new SuspiciousTextRule(Severity.BLOCK);
        assertThat(check(rule, clean())).isEmpty();
        assertThat(check(rule, b -> b.title("inno\u202Ecent"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.BLOCK);
            assertThat(f.message()).contains("U+202E").contains("RIGHT-TO-LEFT OVERRIDE").contains("character 5");
        });
        assertThat(check(rule, b -> b.body(BODY + "zero\u200Bwidth\n"))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("zero-width").contains("line 17"));
        assertThat(check(rule, b -> b.body(BODY + "bell\u0007\n"))).hasSize(1);
        assertThat(check(rule, b -> b.title("two\nlines"))).as("a title is one line").singleElement()
                .satisfies(f -> assertThat(f.message()).contains("U+000A"));
        assertThat(check(rule, b -> b.title("a\ttab"))).hasSize(1);
        assertThat(check(rule, b -> b.title("zero\u200Bwidth and\ttab").body(BODY + "<script>x</script> <iframe src=y>\n")))
                .as("every problem named, so that fixing one does not hide the next").singleElement()
                .satisfies(f -> assertThat(f.message()).contains("U+200B").contains("U+0009").contains("<script")
                        .contains("<iframe"));
        assertThat(check(rule, b -> b.body(BODY + "a\ttab in a body\n"))).as("a body may have tabs").isEmpty();
        assertThat(check(rule, b -> b.body(BODY + "line\u2028separator\n"))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("line or paragraph separator"));
        assertThat(check(rule, b -> b.body(BODY + "<script>alert(1)</script>\n"))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("<script"));
        assertThat(check(rule, b -> b.body(BODY + "[click](javascript:alert(1))\n"))).hasSize(1);
        assertThat(check(rule, b -> b.body(BODY + "<IMG src=x onerror=y>\n"))).hasSize(1);
        assertThat(check(rule, b -> b.body(BODY + "a <b>bold</b> word and 3 < 4\n"))).as("harmless HTML").isEmpty();
    }

    @Test
    void nearDuplicateNamesTheCopiesByReferenceAndTitle() {
        Rule rule = new NearDuplicateRule(Severity.WARN, 0.5, 2);
        Draft draft = clean();
        CorpusFacts facts = new CorpusFacts(List.of(new CorpusFacts.NearCopy("r2", "Caching pages", 0.93),
                new CorpusFacts.NearCopy("r3", "Paging caches", 0.81)), 7L, List.of(), 0);
        assertThat(rule.check(draft, new RuleContext(TODAY, BodyFacts.of(draft.body()), facts))).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("near copy of r2 \"Caching pages\" (0.93), "
                        + "r3 \"Paging caches\" (0.81) (shared 2-word shingles and sentences >= 0.50)"));
        assertThat(check(rule, draft)).isEmpty();
    }

    @Test
    void duplicateTitle() {
        Rule rule = new DuplicateTitleRule(Severity.WARN);
        Draft draft = clean();
        CorpusFacts facts = new CorpusFacts(List.of(), null, List.of("r2"), 1);
        assertThat(rule.check(draft, new RuleContext(TODAY, BodyFacts.of(draft.body()), facts))).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("the same title as r2"));
        assertThat(check(rule, draft)).isEmpty();
        assertThat(TitleKey.of("  The  Same\tTITLE ")).isEqualTo(TitleKey.of("the same title"));
        assertThat(TitleKey.of("no-break\u00a0space\u2003")).isEqualTo(TitleKey.of("no-break space"));
    }

    @Nested
    class OnTheRealSample {
        private final Draft sample = sample();

        private Draft sample() {
            try {
                return new com.copydesk.interchange.DraftJson().parse(
                        com.copydesk.support.Samples.text(com.copydesk.support.Samples.JSON));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Test
        void theSampleGetsExactlyTheFindingsTheIssueNames() {
            List<Finding> findings = new RuleSetLoader().defaults().evaluate(sample, TODAY, CorpusFacts.NONE);
            assertThat(findings).extracting(Finding::rule)
                    .contains("reading-time", "ai-style", "stale-review", "reviewer-note")
                    .doesNotContain("low-score", "generator-review", "image-mismatch", "checklist-mismatch");
            assertThat(findings).filteredOn(f -> f.rule().equals("stale-review")).singleElement()
                    .satisfies(f -> assertThat(f.message()).startsWith("last reviewed 2025-07-01"));
        }

        @Test
        void theSampleHasAboutOneHundredNinetyWordsForItsFourMinutes() {
            BodyFacts body = BodyFacts.of(sample.body());
            // 172 words are read: the issue's "about 190" counts whitespace-separated tokens,
            // which include the image line and the "##" and "-" markers.
            assertThat(body.words()).isEqualTo(172);
            assertThat(body.proseParagraphs()).isEqualTo(4);
            assertThat(body.sections()).containsExactly("production checks", "implementation checklist", "final notes");
            assertThat(body.images()).hasSize(1);
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aBodyOfTwoHundredThousandLinesWithoutABlankOneIsParsedNotStuck() {
        // unbounded, commonmark copies the paragraph's lines for every line: minutes, not the milliseconds this takes
        String body = "words\n" + String.join("\n", java.util.Collections.nCopies(200_000, "  \u2022 n"));
        assertThat(BodyFacts.of(body).words()).isEqualTo(200_001);
    }
}
