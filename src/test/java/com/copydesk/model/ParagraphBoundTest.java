package com.copydesk.model;

import org.junit.jupiter.api.Test;

import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphBoundTest {
    @Test
    void aBodyOfOrdinaryParagraphsIsLeftAsItIs() {
        String body = "## Heading\n\nOne line.\nTwo lines.\n\n- item\n- item\n";
        assertThat(ParagraphBound.apply(body)).isSameAs(body);
        String exactly = String.join("\n", Collections.nCopies(ParagraphBound.MAX_LINES, "line")) + "\n";
        assertThat(ParagraphBound.apply(exactly)).isSameAs(exactly);
    }

    @Test
    void aParagraphOfMoreThanAThousandLinesIsBrokenWithBlankLinesAndKeepsItsText() {
        String body = "intro\n\n" + String.join("\n", Collections.nCopies(2500, "- n")) + "\nend";
        String bounded = ParagraphBound.apply(body);
        assertThat(bounded.lines().filter(String::isBlank)).hasSize(3);
        assertThat(bounded.replace("\n\n", "\n")).isEqualTo(body.replace("\n\n", "\n"));
    }
}
