package com.copydesk.review;

import com.copydesk.app.Copydesk;
import com.copydesk.interchange.SitePage;
import com.copydesk.model.DerivedReference;
import com.copydesk.model.Draft;
import com.copydesk.model.ImportError;
import com.copydesk.model.ImportSkip;
import com.copydesk.model.ImportSummary;
import com.copydesk.model.StoredDraft;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.MutableClock;
import com.copydesk.support.SiteFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A static site's content folder imported as it is (draft-format.md section 2). */
class SiteFolderImportTest {
    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");
    private Copydesk desk;
    private Path content;

    @BeforeEach
    void open() {
        content = SiteFixture.copyTo(dir.resolve("site/content"));
        desk = Copydesk.open(dir.resolve("store.db"), clock);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private ImportSummary importPaths(boolean strict, Path... paths) {
        return desk.imports().run(List.of(paths), strict, TaskMonitor.NONE);
    }

    private Draft draft(String reference) {
        return desk.queries().find(reference).orElseThrow(() -> new AssertionError("no draft " + reference)).imported();
    }

    @Test
    void everyPageBecomesADraftNamedByItsPathAndTheRestIsSkippedWithTheReason() {
        ImportSummary summary = importPaths(false, content);
        assertThat(summary.errors()).isEmpty();
        assertThat(summary.rejected()).isZero();
        assertThat(summary.imported()).isEqualTo(SiteFixture.PAGES.size());
        assertThat(summary.fromPaths()).extracting(DerivedReference::reference)
                .containsExactlyInAnyOrderElementsOf(SiteFixture.PAGES.keySet());
        assertThat(summary.fromPaths()).allSatisfy(d -> assertThat(d.file())
                .isEqualTo(content.resolve(SiteFixture.PAGES.get(d.reference())).toString()));
        Map<String, String> skipped = summary.skipped().stream().collect(Collectors.toMap(
                s -> content.relativize(Path.of(s.file())).toString().replace('\\', '/'), ImportSkip::reason));
        assertThat(skipped).isEqualTo(SiteFixture.SKIPPED);
        assertThat(summary.withoutGeneratorMeta()).isEqualTo(SiteFixture.PAGES.size());

        ImportSummary again = importPaths(false, content);
        assertThat(again.unchanged()).as("stable across imports").isEqualTo(SiteFixture.PAGES.size());
        assertThat(again.imported() + again.updated() + again.rejected()).isZero();
    }

    @Test
    void theSiteKeysAreKeptAsFieldsAndTheSourceIsRemembered() {
        importPaths(false, content);
        Draft first = draft("posts/first");
        assertThat(first.title()).isEqualTo("First post: YAML");
        assertThat(first.summary()).isEqualTo("A post about caching.");
        assertThat(first.extra()).containsEntry("date", "2024-05-01T10:00:00Z").containsEntry("publishDate", "2024-05-02")
                .containsEntry("draft", true).containsEntry("slug", "first").containsEntry("aliases", List.of("/old/first/"))
                .containsEntry("tags", List.of("caching", "redis"));
        assertThat(SitePage.of(first)).hasValue(new SitePage.Source("posts/first.md", "yaml", null, false));
        assertThat(SitePage.of(draft("posts/second")).orElseThrow().frontMatter()).isEqualTo("toml");
        assertThat(draft("posts/second").extra()).containsEntry("date", "2024-05-03T08:30:00Z")
                .containsEntry("params", Map.of("color", "blue"));
        assertThat(SitePage.of(draft("posts/bundle")).orElseThrow().frontMatter()).isEqualTo("json");
        assertThat(draft("docs/heading").title()).isEqualTo("Title From The Heading");
        assertThat(SitePage.of(draft("docs/heading")).orElseThrow().headingTitle()).isTrue();
    }

    @Test
    void aReferenceThatIsAUrlIsKeptAsAFieldNotTakenAsIdentity() {
        importPaths(false, content);
        Draft seed = draft("glossary/seed");
        assertThat(SitePage.of(seed).orElseThrow().reference()).isEqualTo("https://en.wikipedia.org/wiki/Random_seed");
    }

    @Test
    void aPageWithAReferenceOfItsOwnKeepsItAndAFileNamedDirectlyIsNamedByItsFileName() {
        Path own = DraftFiles.write(content.resolve("posts/own.md"), "---\nreference: gen-42\ntitle: Own\n---\nx\n");
        Path single = DraftFiles.write(dir.resolve("elsewhere/deep/single-page.md"), "---\ntitle: Single\n---\nx\n");
        ImportSummary summary = importPaths(false, content, single);
        assertThat(summary.rejected()).isZero();
        assertThat(draft("gen-42").title()).isEqualTo("Own");
        assertThat(SitePage.of(draft("gen-42"))).as("a draft of its own, not a site's page").isEmpty();
        assertThat(draft("single-page").title()).isEqualTo("Single");
        assertThat(summary.fromPaths()).contains(new DerivedReference(single.toString(), "single-page"))
                .noneMatch(d -> d.file().equals(own.toString()));
    }

    @Test
    void strictRejectsTheFilesThatAreNoPages() {
        ImportSummary summary = importPaths(true, content);
        assertThat(summary.skipped()).isEmpty();
        assertThat(summary.rejected()).isEqualTo(SiteFixture.SKIPPED.size());
        assertThat(summary.errors()).extracting(ImportError::message)
                .contains("not a page: no front matter (--strict)", "not a page: a README or LICENSE file (--strict)");
        assertThat(summary.imported()).isEqualTo(SiteFixture.PAGES.size());
    }

    @Test
    void aFileNamedDirectlyThatIsNoPageIsRejectedNotSkipped() {
        ImportSummary summary = importPaths(false, content.resolve("docs/notes.md"));
        assertThat(summary.skipped()).isEmpty();
        assertThat(summary.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("no front matter"));
    }

    @Test
    void thePagesOfASiteAreNotFlaggedForTheGeneratorsMetaTheyNeverHad() {
        importPaths(false, content);
        List<StoredDraft> drafts = SiteFixture.PAGES.keySet().stream().map(r -> desk.queries().find(r).orElseThrow()).toList();
        assertThat(drafts).allSatisfy(d -> assertThat(d.findings()).noneMatch(f -> f.rule().equals("missing-meta")
                || f.rule().equals("low-score") || f.rule().equals("stale-review")));
    }

    @Test
    void generatorMetaRequiredInTheRuleFileJudgesThemToo() throws Exception {
        desk.close();
        Files.writeString(dir.resolve("store.rules.yaml"), "generator_meta: required\nrules: {}\n");
        desk = Copydesk.open(dir.resolve("store.db"), clock);
        importPaths(false, content);
        assertThat(desk.queries().find("posts/first").orElseThrow().findings())
                .anyMatch(f -> f.rule().equals("missing-meta"));
    }

    @Test
    void aPageAndABundleOfTheSameNameMapToOneReference() {
        DraftFiles.write(dir.resolve("clash/post.md"), "---\ntitle: The file\n---\nx\n");
        DraftFiles.write(dir.resolve("clash/post/index.md"), "---\ntitle: The bundle\n---\ny\n");
        ImportSummary summary = importPaths(false, dir.resolve("clash"));
        assertThat(summary.fromPaths()).extracting(DerivedReference::reference).containsOnly("post");
    }

    @Test
    void aPageAndABundleOfTheSameNameAreAConflictTheSecondRejectedNamingBoth() {
        Path file = DraftFiles.write(dir.resolve("clash/post.md"), "---\ntitle: The file\n---\nx\n");
        Path bundle = DraftFiles.write(dir.resolve("clash/post/index.md"), "---\ntitle: The bundle\n---\ny\n");
        ImportSummary summary = importPaths(false, dir.resolve("clash"));
        assertThat(summary.imported()).isEqualTo(1);
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(draft("post").title()).isEqualTo("The file");
        assertThat(summary.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo(bundle.toString());
            assertThat(e.message()).contains(file.toString());
        });
    }
}
