package com.copydesk.rules;

import com.copydesk.support.GeneratorDrafts;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The word-by-word measure beside the shingle share: a spun copy keeps most of its words (a
 * changed word is lost, not its neighbours), while unrelated drafts of the same topic, which
 * share the generator's boilerplate and their topic's words, keep few of each other's.
 */
class PositionalOverlapTest {
    static final int DRAFTS = 1_000;
    private static final List<ObjectNode> drafts = new ArrayList<>();
    private static final Set<Long> boilerplate = new HashSet<>();

    @BeforeAll
    static void generatorDraftsAndTheirBoilerplate() {
        Map<Long, Integer> df = new HashMap<>();
        for (int i = 0; i < DRAFTS; i++) {
            ObjectNode d = GeneratorDrafts.draft(i, 11);
            drafts.add(d);
            for (long f : TextFeatures.of(body(d), 2)) {
                df.merge(f, 1, Integer::sum);
            }
        }
        // as the index has it: a feature in more than 15 % of the drafts
        df.forEach((f, n) -> {
            if (n > 0.15 * DRAFTS) {
                boilerplate.add(f);
            }
        });
    }

    private static String body(ObjectNode d) {
        return d.get("body").asText();
    }

    private static double positional(String one, String other) {
        return PositionalOverlap.of(one, other, 2, boilerplate::contains, 10);
    }

    private static double shingleShare(String one, String other) {
        return TextFeatures.overlap(without(TextFeatures.of(one, 2)), without(TextFeatures.of(other, 2)), 10, 4);
    }

    private static long[] without(long[] features) {
        return java.util.Arrays.stream(features).filter(f -> !boilerplate.contains(f)).toArray();
    }

    @Test
    void aChangedWordIsLostButNotItsNeighbours() {
        double kept = PositionalOverlap.of("alpha beta gamma delta epsilon", "alpha beta omega delta epsilon", 2, f -> false, 1);

        assertThat(kept).isEqualTo(0.8); // gamma lost; the shingle share keeps 2 of 4
        assertThat(TextFeatures.overlap(TextFeatures.of("alpha beta gamma delta epsilon", 2),
                TextFeatures.of("alpha beta omega delta epsilon", 2), 1, 1)).isLessThan(0.8);
    }

    @Test
    void boilerplatePairsAreNeitherKeptNorLost() {
        long[] words = TextFeatures.wordSequence("alpha beta gamma delta");
        Set<Long> plain = Set.of(TextFeatures.shingle(words, 0, 2), TextFeatures.shingle(words, 1, 2),
                TextFeatures.shingle(words, 2, 2));

        // every pair boilerplate: nothing counted, nothing kept, whatever the rest says
        assertThat(PositionalOverlap.of("alpha beta gamma delta", "alpha beta gamma delta", 2, plain::contains, 1)).isZero();
        assertThat(PositionalOverlap.of("alpha beta gamma delta", "alpha beta gamma delta", 2, f -> false, 1)).isEqualTo(1.0);
    }

    @Test
    void copiesSpunAtFifteenPercentKeepMostWordsWhereTheShingleShareFallsShort() {
        Random rnd = new Random(5);
        int below = 0;
        int shingleBelow = 0;
        double lowest = 1;
        for (int i = 0; i < 200; i++) {
            String original = body(drafts.get(i));
            String copy = GeneratorDrafts.spin(original, 0.15, rnd);
            double kept = positional(original, copy);
            lowest = Math.min(lowest, kept);
            below += kept < 0.75 ? 1 : 0;
            shingleBelow += shingleShare(original, copy) < 0.75 ? 1 : 0;
            assertThat(kept).as("symmetric").isEqualTo(positional(copy, original));
        }
        System.out.printf("copies spun at 15 %%: %d of 200 below 0.75 word by word (lowest %.3f), %d by the shingle share%n",
                below, lowest, shingleBelow);
        assertThat(shingleBelow).as("the shingle share alone misses some").isGreaterThan(20);
        assertThat(below).as("word by word, below 0.75").isLessThanOrEqualTo(2);
    }

    @Test
    void unrelatedDraftsOfTheSameTopicKeepFewOfEachOthersWords() {
        Map<String, List<String>> byTopic = new HashMap<>();
        for (ObjectNode d : drafts) {
            byTopic.computeIfAbsent(d.get("topic").asText(), k -> new ArrayList<>()).add(body(d));
        }
        int pairs = 0;
        int similar = 0;
        double highest = 0;
        for (List<String> same : byTopic.values()) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    double kept = positional(same.get(i), same.get(j));
                    highest = Math.max(highest, kept);
                    pairs++;
                    similar += kept >= 0.75 ? 1 : 0;
                }
            }
        }
        System.out.printf("same-topic clean pairs: %d of %d at 0.75 or more word by word (highest %.3f)%n", similar, pairs, highest);
        assertThat(pairs).isGreaterThan(1_000);
        assertThat((double) similar / pairs).isLessThanOrEqualTo(0.01);
    }
}
