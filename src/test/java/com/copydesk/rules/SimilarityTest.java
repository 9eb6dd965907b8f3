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
    void minHashEstimatesJaccardAndNearTextsShareABucket() {
        long[] a = Shingles.of(TEXT + " " + TEXT.replace("work", "jobs"), 5);
        long[] b = Shingles.of(TEXT + " " + TEXT.replace("work", "tasks"), 5);
        int[] sa = MinHash.signature(a);
        int[] sb = MinHash.signature(b);
        assertThat(MinHash.estimate(sa, sb)).isCloseTo(Shingles.jaccard(a, b), within(0.15));
        assertThat(MinHash.fromBytes(MinHash.toBytes(sa))).isEqualTo(sa);
        long[] ba = MinHash.buckets(sa, 4);
        long[] bb = MinHash.buckets(sb, 4);
        assertThat(ba).hasSize(16);
        assertThat(java.util.Arrays.stream(ba).anyMatch(x -> java.util.Arrays.stream(bb).anyMatch(y -> x == y))).isTrue();
        long[] unrelated = MinHash.buckets(MinHash.signature(Shingles.of("entirely different words about cooking "
                + "pasta with tomatoes basil garlic and olive oil for a quiet dinner at home tonight", 5)), 4);
        assertThat(java.util.Arrays.stream(ba).noneMatch(x -> java.util.Arrays.stream(unrelated).anyMatch(y -> x == y)))
                .isTrue();
    }

    @Test
    void aLowerThresholdCutsTheSignatureIntoShorterBands() {
        assertThat(MinHash.rowsFor(0.8)).as("the default keeps 16 bands of 4").isEqualTo(4);
        assertThat(MinHash.rowsFor(0.95)).isEqualTo(8);
        assertThat(MinHash.rowsFor(0.5)).isEqualTo(2);
        assertThat(MinHash.rowsFor(0.05)).isEqualTo(2);
        long[] thirtyTwo = MinHash.buckets(MinHash.signature(Shingles.of(TEXT, 5)), 2);
        assertThat(thirtyTwo).hasSize(32);
        assertThat(java.util.Arrays.stream(thirtyTwo).map(bucket -> bucket >>> 59)).as("bands keep distinct numbers")
                .doesNotHaveDuplicates();
    }
}
