package com.copydesk.review;

import com.copydesk.review.WordDiff.Result;
import com.copydesk.review.WordDiff.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {

    private static String changedWords(List<Span> spans) {
        return spans.stream().filter(Span::changed).map(s -> s.text().strip()).collect(Collectors.joining("|"));
    }

    private static String joined(List<Span> spans) {
        return spans.stream().map(Span::text).collect(Collectors.joining());
    }

    @Test
    void theSameWordsDifferNowhereEvenWhenTheLinesBreakElsewhere() {
        Result result = WordDiff.of("One two three\nfour five.", "One two\nthree four   five.");
        assertThat(result.same()).isTrue();
        assertThat(result.left()).containsExactly(new Span("One two three\nfour five.", false));
    }

    @Test
    void aSwappedWordIsMarkedOnBothSidesAndNothingElse() {
        Result result = WordDiff.of("The quick brown fox jumps over the lazy dog.",
                "The quick red fox jumps over the lazy dog.");
        assertThat(changedWords(result.left())).isEqualTo("brown");
        assertThat(changedWords(result.right())).isEqualTo("red");
        assertThat(result.changedLeft()).isEqualTo(1);
        assertThat(result.changedRight()).isEqualTo(1);
        assertThat(result.capped()).isEmpty();
    }

    @Test
    void anAddedWordIsMarkedOnlyWhereItIs() {
        Result result = WordDiff.of("install the package then run it", "install the package first then run it");
        assertThat(result.changedLeft()).isZero();
        assertThat(changedWords(result.right())).isEqualTo("first");
        assertThat(joined(result.right())).isEqualTo("install the package first then run it");
    }

    @Test
    void movedSentencesAreMarkedWhereTheyLeftAndWhereTheyArrived() {
        Result result = WordDiff.of("Alpha one. Beta two. Gamma three.", "Beta two. Gamma three. Alpha one.");
        assertThat(changedWords(result.left())).isEqualTo("Alpha one.");
        assertThat(changedWords(result.right())).isEqualTo("Alpha one.");
    }

    @Test
    void theMarkedWordsAreAsFewAsTheLongestCommonSequenceAllows() {
        Random random = new Random(13);
        for (int round = 0; round < 300; round++) {
            String[] a = randomWords(random, random.nextInt(40));
            String[] b = randomWords(random, random.nextInt(40));
            Result result = WordDiff.of(String.join(" ", a), String.join(" ", b));
            int common = lcs(a, b);
            assertThat(result.changedLeft()).as("round %d", round).isEqualTo(a.length - common);
            assertThat(result.changedRight()).as("round %d", round).isEqualTo(b.length - common);
            // the unmarked words of both sides are the same sequence
            assertThat(unchanged(result.left())).as("round %d", round).isEqualTo(unchanged(result.right()));
            assertThat(joined(result.left())).isEqualTo(String.join(" ", a));
        }
    }

    @Test
    void twoUnrelatedBodiesStopAtTheEditCapAndSaySo() {
        Result result = WordDiff.of("a b c d e f g h", "s t u v w x y z", 100, 5);
        assertThat(result.capped()).hasValueSatisfying(why -> assertThat(why).contains("more than 5 words differ"));
        assertThat(result.changedLeft()).isEqualTo(8);
        assertThat(result.changedRight()).isEqualTo(8);
        assertThat(result.same()).isFalse();
    }

    @Test
    void theCommonStartAndEndStayUnmarkedWhenTheMiddleIsCapped() {
        Result result = WordDiff.of("keep a b c d tail", "keep w x y z tail", 100, 3);
        assertThat(result.capped()).isPresent();
        assertThat(result.left()).containsExactly(new Span("keep ", false), new Span("a b c d ", true), new Span("tail", false));
    }

    @Test
    void aLongBodyIsComparedUpToTheWordCapAndSaysSo() {
        String body = "word ".repeat(50);
        Result result = WordDiff.of(body, body, 10, 100);
        assertThat(result.capped()).hasValueSatisfying(why -> assertThat(why).contains("first 10 words"));
        assertThat(joined(result.left())).isEqualTo("word ".repeat(10));
        assertThat(result.changedLeft()).isZero();
    }

    @Test
    void emptyOrMissingBodies() {
        assertThat(WordDiff.of("", null).same()).isTrue();
        Result result = WordDiff.of("", "only here");
        assertThat(result.changedRight()).isEqualTo(2);
        assertThat(result.left()).isEmpty();
    }

    private static String unchanged(List<Span> spans) {
        return spans.stream().filter(s -> !s.changed()).map(Span::text).collect(Collectors.joining())
                .replaceAll("\\s+", " ").strip();
    }

    private static String[] randomWords(Random random, int count) {
        String[] words = new String[count];
        for (int i = 0; i < count; i++) {
            words[i] = String.valueOf((char) ('a' + random.nextInt(5)));
        }
        return words;
    }

    private static int lcs(String[] a, String[] b) {
        int[][] table = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                table[i][j] = a[i].equals(b[j]) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        return table[0][0];
    }
}
