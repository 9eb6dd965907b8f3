package com.copydesk.rules;

import com.copydesk.rules.ruleset.RuleSetLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShortcodeBlocksTest {
    @Test
    void anAngleBracketPairBecomesACodeBlockAndEveryLineStaysWhereItWas() {
        String body = "Intro.\n\n{{< code-toggle file=hugo >}}\n[sitemap]\nfilename = '**.xml'\n{{< /code-toggle >}}\n\nEnd.";
        String code = ShortcodeBlocks.asCode(body);
        assertThat(code).isEqualTo("Intro.\n\n```\n[sitemap]\nfilename = '**.xml'\n```\n\nEnd.");
        assertThat(code.split("\n", -1)).hasSameSizeAs(body.split("\n", -1));
    }

    @Test
    void thePercentFormAnUnclosedOneAndOneInsideCodeStayAsWritten() {
        String note = "{{% note %}}\nThis is **Markdown**.\n{{% /note %}}\n";
        assertThat(ShortcodeBlocks.asCode(note)).isEqualTo(note);
        String unclosed = "{{< details >}}\nNever closed.\n";
        assertThat(ShortcodeBlocks.asCode(unclosed)).isEqualTo(unclosed);
        String fenced = "```\n{{< highlight go >}}\nx := 1\n{{< /highlight >}}\n```\n";
        assertThat(ShortcodeBlocks.asCode(fenced)).isEqualTo(fenced);
    }

    @Test
    void hugosDocsAreNotCutOffOrBrokenAndAShortcodeAloneIsNotProse() {
        String body = RuleChecksTest.BODY + "\nSet it in your configuration:\n\n{{< code-toggle file=hugo >}}\n"
                + "[[module.mounts]]\nsource = 'content/**'\n{{< /code-toggle >}}\n\nThe list of lexers:\n\n{{< chroma-lexers >}}\n";
        assertThat(new RuleSetLoader().defaults()
                .evaluate(RuleChecksTest.clean().toBuilder().body(body).build(), RuleChecksTest.TODAY, CorpusFacts.NONE))
                .noneMatch(f -> f.rule().equals("truncated") || f.rule().equals("broken-markdown"));
        String cut = RuleChecksTest.BODY + "\n{{< figure src=\"a.png\" >}}\n\nAnd then the";
        assertThat(new RuleSetLoader().defaults()
                .evaluate(RuleChecksTest.clean().toBuilder().body(cut).build(), RuleChecksTest.TODAY, CorpusFacts.NONE))
                .as("a body that stops mid-sentence after one").anyMatch(f -> f.rule().equals("truncated"));
    }
}
