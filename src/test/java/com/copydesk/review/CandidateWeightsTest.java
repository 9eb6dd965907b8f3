package com.copydesk.review;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateWeightsTest {
    @Test
    void sumsAndPicksTheBestAsABoxedMapSortedByWeightThenIdWould() {
        Random random = new Random(13);
        CandidateWeights weights = new CandidateWeights(4); // grows many times
        Map<Long, Double> map = new HashMap<>();
        for (int i = 0; i < 5_000; i++) {
            long id = random.nextInt(3_000) - 1_000L; // negative ids and zero too
            double weight = 1.0 / (1 + random.nextInt(129)); // equal sums happen
            weights.add(id, weight);
            map.merge(id, weight, Double::sum);
        }
        List<Long> sorted = new ArrayList<>(map.keySet());
        sorted.sort(Comparator.<Long>comparingDouble(map::get).reversed().thenComparing(Comparator.naturalOrder()));

        assertThat(weights.size()).isEqualTo(map.size());
        assertThat(weights.best(20)).containsExactly(sorted.subList(0, 20).stream().mapToLong(Long::longValue).toArray());
        for (long id : map.keySet()) {
            assertThat(weights.sum(id)).isEqualTo(map.get(id)); // exactly: the same additions in the same order
        }
    }

    @Test
    void equalSumsGoLowerIdFirstAndFewerThanAskedGiveThemAll() {
        CandidateWeights weights = new CandidateWeights(8);
        weights.add(9, 0.5);
        weights.add(3, 0.25);
        weights.add(3, 0.25);
        weights.add(5, 0.1);

        assertThat(weights.best(20)).containsExactly(3, 9, 5);
        assertThat(weights.best(1)).containsExactly(3);
        assertThat(new CandidateWeights(0).best(5)).isEmpty();
    }
}
