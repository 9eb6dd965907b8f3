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
        long[] ba = MinHash.buckets(sa);
        long[] bb = MinHash.buckets(sb);
        assertThat(ba).hasSize(MinHash.BANDS);
        assertThat(java.util.Arrays.stream(ba).anyMatch(x -> java.util.Arrays.stream(bb).anyMatch(y -> x == y))).isTrue();
        long[] unrelated = MinHash.buckets(MinHash.signature(Shingles.of("entirely different words about cooking "
                + "pasta with tomatoes basil garlic and olive oil for a quiet dinner at home tonight", 5)));
        assertThat(java.util.Arrays.stream(ba).noneMatch(x -> java.util.Arrays.stream(unrelated).anyMatch(y -> x == y)))
                .isTrue();
    }
}
