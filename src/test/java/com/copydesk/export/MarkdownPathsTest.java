package com.copydesk.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownPathsTest {
    @Test
    void aSitesPagePathIsUsedOnlyWhenEveryPartIsSafe() {
        assertThat(MarkdownPaths.isSafe("posts/bundle/index.md")).isTrue();
        assertThat(MarkdownPaths.isSafe("_posts/2024-05-01-title.md")).isTrue();
        assertThat(MarkdownPaths.isSafe("about.markdown")).isTrue();
        assertThat(MarkdownPaths.isSafe("../outside.md")).as("out of the folder").isFalse();
        assertThat(MarkdownPaths.isSafe("posts/../../outside.md")).isFalse();
        assertThat(MarkdownPaths.isSafe("/etc/cron.d/x.md")).as("absolute").isFalse();
        assertThat(MarkdownPaths.isSafe(".copydesk-manifest.json")).as("Copydesk's own files").isFalse();
        assertThat(MarkdownPaths.isSafe(".hidden/page.md")).isFalse();
        assertThat(MarkdownPaths.isSafe("posts/page.html")).as("only Markdown").isFalse();
        assertThat(MarkdownPaths.isSafe("posts//page.md")).isFalse();
        assertThat(MarkdownPaths.isSafe("con/page.md")).as("a Windows device name").isFalse();
        assertThat(MarkdownPaths.isSafe("a\u202eb/page.md")).as("a bidirectional override").isFalse();
        assertThat(MarkdownPaths.isSafe("a/".repeat(20) + "page.md")).as("too deep").isFalse();
        assertThat(MarkdownPaths.isSafe("x".repeat(300) + ".md")).as("too long").isFalse();
    }

    @Test
    void aStagedNameHoldsNoSlashAndGivesThePathBack() {
        for (String path : new String[]{"posts/first.md", "a%2Fb/c.md", "100%/x.md", "plain.md"}) {
            String flat = StagedFiles.flat(path);
            assertThat(flat).doesNotContain("/");
            assertThat(StagedFiles.unflat(flat)).isEqualTo(path);
        }
    }
}
