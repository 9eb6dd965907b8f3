package com.copydesk.rules;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class RegexLiteralsTest {
    @Test
    void aPlainWordIsItsOwnLiteralInLowerCase() {
        assertThat(RegexLiterals.required("oaicite:\\d+")).containsExactly(Set.of("oaicite:"));
        assertThat(RegexLiterals.required("(?<![\\w-])XXX(?![\\w-])")).containsExactly(Set.of("xxx"));
    }

    @Test
    void anOptionalPartMultipliesTheLiteralsAndAnAlternationUnitesThem() {
        assertThat(RegexLiterals.required("\\b(?:cite)?turn\\d+(?:search|news)\\d+"))
                .containsExactly(Set.of("turn", "citeturn"), Set.of("search", "news"));
        assertThat(RegexLiterals.required("(?i)<grok:render|grok_card|attached_file:\\d+"))
                .containsExactly(Set.of("<grok:render", "grok_card", "attached_file:"));
    }

    @Test
    void everyPartASequenceCannotDoWithoutIsAClause() {
        assertThat(RegexLiterals.required("(?i)\\[\\s*(?:insert|add)\\b[^\\]\\n]{0,60}\\]"))
                .containsExactly(Set.of("["), Set.of("insert", "add"), Set.of("]"));
    }

    @Test
    void aSmallClassIsItsCharactersAndALargeOneIsAnyCharacter() {
        assertThat(RegexLiterals.required("[\\uE200-\\uE203]")).containsExactly(Set.of("\uE200", "\uE201", "\uE202", "\uE203"));
        assertThat(RegexLiterals.required("[a-z]+")).isEmpty();
        assertThat(RegexLiterals.required("[^x]y")).containsExactly(Set.of("y"));
        assertThat(RegexLiterals.required("[]x]")).containsExactly(Set.of("]", "x"));
    }

    @Test
    void lookAroundsFlagsAndAnchorsNeedNoCharacters() {
        assertThat(RegexLiterals.required("(?im)^[ \\t]{0,3}(?:sure|of course)[ \\t]*[!:][ \\t]+(?-i:[A-Z])"))
                .containsExactly(Set.of("sure", "of course"), Set.of("!", ":"), Set.of(" ", "\t"));
        assertThat(RegexLiterals.required("(?<!a)b(?=c)")).containsExactly(Set.of("b"));
    }

    @Test
    void whatCanBeEmptyOrIsNotUnderstoodGivesNoClauseSoThePatternAlwaysRuns() {
        assertThat(RegexLiterals.required("a*")).isEmpty();
        assertThat(RegexLiterals.required("x|y*")).isEmpty();
        assertThat(RegexLiterals.required("(?x) a b")).isEmpty();
        assertThat(RegexLiterals.required("(?iu)straße")).isEmpty();
        assertThat(RegexLiterals.required("(a)\\1")).isEmpty();
        assertThat(RegexLiterals.required("\\Qa.b\\E")).isEmpty();
        assertThat(RegexLiterals.required("(unclosed")).isEmpty();
    }

    @Test
    void aPatternWithoutClausesRunsOnEveryTextAndOneWithThemOnlyWhereTheyOccur() {
        Patterns patterns = new Patterns(List.of(Pattern.compile("(?i)\\[\\s*insert\\b[^\\]]{0,20}\\]"), Pattern.compile("\\d{3}")));
        assertThat(patterns.clauseCount(0)).isEqualTo(3);
        assertThat(patterns.clauseCount(1)).isZero();
        assertThat(patterns.mayMatch("plain prose")).containsExactly(false, true);
        assertThat(patterns.mayMatch("[ INSERT a figure ]")).containsExactly(true, true);
        assertThat(patterns.mayMatch("insert [here]")).containsExactly(true, true); // literals there, out of order: the regex decides
        assertThat(new Patterns(List.of(Pattern.compile("oaicite"))).mayMatch("nothing of the kind")).isNull();
    }
}
