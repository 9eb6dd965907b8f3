package com.copydesk.rules.checks;

import com.copydesk.model.Draft;
import com.copydesk.rules.BodyFacts;
import com.copydesk.rules.CorpusFacts;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;
import com.copydesk.model.RuleScope;
import com.copydesk.rules.ruleset.RuleSetLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Drafts are untrusted: a body built to make a regular expression backtrack (an opening repeated
 * a hundred thousand times with no close, a prefix before a megabyte of digits or blanks) must
 * not hold an import for minutes. Each 1 MB body goes through every content rule; a quadratic
 * pattern takes hours on it, a linear one well under a second, so the generous bound only tells
 * them apart and does not time a normal case.
 *
 * <p>A body of "&lt;x &lt;x &lt;x …" goes through the Markdown parser too: commonmark-java before
 * 0.32 looked for a {@code >} from every {@code <} (64 KB took 0.85 s, 1 MB minutes); 0.32 reads
 * it in linear time (64 KB in 52 ms).
 */
class HostileBodyTest {
    private static final int SIZE = 1 << 20;

    @ParameterizedTest
    @ValueSource(strings = {"[oai_citation", "citeturn1", "turn0search", "【1", "[ insert ", "[ source ", "{{ a", "TODO ",
            "(link ", "Certainly ", "contentReference[oaicite:1", "[citation: 1", "utm_source=", "XXX-"})
    void aMegabyteOfOneOpeningRepeatedIsReadInLinearTime(String opening) {
        check(opening.repeat(SIZE / opening.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"turn1", "[", "TODO", "Sure", "{{", "<your", "[oai_citation:"})
    void anOpeningBeforeAMegabyteOfDigitsOrBlanksIsReadInLinearTime(String opening) {
        check(opening + "1".repeat(SIZE) + "\n\n" + opening + " ".repeat(SIZE) + "\n\n" + opening + "\t".repeat(SIZE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<insert ", "<your-", "<placeholder", "<grok:render", "<add "})
    void aMegabyteOfOpenTagsIsParsedAndReadInLinearTime(String opening) {
        check(opening.repeat(SIZE / opening.length()));
    }

    private static void check(String body) {
        List<Rule> content = new RuleSetLoader().defaults().rules().stream().filter(r -> r.scope() == RuleScope.CONTENT).toList();
        Draft draft = Draft.of("hostile", "A title", body);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            RuleContext context = new RuleContext(LocalDate.of(2026, 12, 7), BodyFacts.of(body), CorpusFacts.NONE);
            for (Rule rule : content) {
                assertThat(rule.check(draft, context)).isNotNull();
            }
        });
    }
}
