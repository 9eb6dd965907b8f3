package com.copydesk.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SimilarityTest {
    private static final String TEXT = "large content sites need predictable background work queues cron events and "
            + "import scripts should be idempotent logged and safe to run again that makes recovery much easier when "
            + "a request stops halfway through database changes need extra care check the existing indexes";

    @Test
    void shinglesIgnoreCaseMarkupAndLinkTargets() {
        long[] a = Shingles.of(TEXT, 5);
        long[] b = Shingles.of("## " + TEXT.toUpperCase() + " ![x](https://example.com/a.png)", 5);
        long[] c = Shingles.of("## " + TEXT + " ![x](https://example.com/other.png)", 5);
        assertThat(Shingles.jaccard(a, a)).isEqualTo(1.0);
        assertThat(a.length).isEqualTo(TEXT.split(" ").length - 4);
        assertThat(Shingles.jaccard(b, c)).isEqualTo(1.0);
    }

    @Test
    void oneWordChangedRemovesTheShinglesThatHoldIt() {
        long[] a = Shingles.of(TEXT, 5);
        long[] b = Shingles.of(TEXT.replace("predictable", "reliable"), 5);
        int n = a.length;
        assertThat(Shingles.jaccard(a, b)).isCloseTo((n - 5.0) / (n + 5.0), within(1e-9));
    }

    @Test
    void featuresIgnoreCaseMarkupWhitespaceAndPlurals() {
        String body = "## Checks\n\nLarge sites need predictable work. Check the indexes, then test the plans.\n\n- one item\n";
        String markup = "### checks\n\n\nlarge  sites need **predictable** work.   Check the indexes, then _test_ the plan.\n\n* one item\n\n";
        assertThat(TextFeatures.of(markup, 2)).isEqualTo(TextFeatures.of(body, 2));
    }

    @Test
    void shuffledSentencesKeepTheSentenceFeaturesAndSpinningKeepsMostWordFeatures() {
        String body = "large content sites need predictable background work. queues and import scripts should be "
                + "idempotent and logged. that makes recovery much easier when a request stops halfway through.\n\n"
                + "database changes need extra care. check the existing indexes before the migration runs.";
        String shuffled = "that makes recovery much easier when a request stops halfway through. large content sites "
                + "need predictable background work. queues and import scripts should be idempotent and logged.\n\n"
                + "check the existing indexes before the migration runs. database changes need extra care.";
        long[] a = TextFeatures.of(body, 2);
        long[] s = TextFeatures.of(shuffled, 2);
        assertThat(TextFeatures.overlap(a, s, 1, 1)).as("every sentence, paragraph and the body set are shared; "
                + "only the whole word sequence is not").isCloseTo(12 / 13.0, within(1e-9));
        String spun = body.replace("predictable", "steady").replace("extra", "special");
        assertThat(TextFeatures.overlap(a, TextFeatures.of(spun, 2), 1, 1)).isBetween(0.85, 0.99);
        String unrelated = "entirely different words about cooking pasta with tomatoes basil garlic and olive oil. "
                + "a quiet dinner at home tonight with friends and a long walk after it.";
        assertThat(TextFeatures.overlap(a, TextFeatures.of(unrelated, 2), 1, 1)).isLessThan(0.1);
    }

    @Test
    void aFewSharedFeaturesOfASmallSetAreNotEnough() {
        long[] a = {2, 4, 6};
        long[] b = {2, 4, 8, 10};
        assertThat(TextFeatures.overlap(a, b, 1, 1)).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(TextFeatures.overlap(a, b, 10, 1)).as("counted as ten features").isCloseTo(0.2, within(1e-9));
        long[] sentences = {3, 5};
        assertThat(TextFeatures.overlap(sentences, new long[] {3, 5, 7}, 10, 2)).as("odd hashes are sentence features")
                .isEqualTo(1.0);
    }
}
