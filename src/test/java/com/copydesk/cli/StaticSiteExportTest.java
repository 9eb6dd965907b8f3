package com.copydesk.cli;

import com.copydesk.app.Copydesk;
import com.copydesk.bench.DraftGenerator;
import com.copydesk.support.CliRun;
import com.copydesk.support.Decisions;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.ExportFixture;
import com.copydesk.support.MutableClock;
import com.copydesk.support.SiteBuild;
import com.copydesk.support.SiteFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Markdown export as a static site reads it (issues 18 and 19): Copydesk's own drafts with
 * the site's keys and the draft under {@code params}; a site's pages back where they were, with
 * their own front matter; and Hugo itself building what was exported.
 */
class StaticSiteExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int GENERATED = 8;

    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");

    private CliRun run(Path store, String... args) {
        CliRun result = CliRun.run(store, clock, args);
        assertThat(result.status).as(result.toString()).isZero();
        return result;
    }

    private List<String> generatedDrafts(Path store) {
        DraftGenerator generator = new DraftGenerator(11, 0);
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < GENERATED; n++) {
            lines.add(generator.draft(n));
        }
        lines.add(ExportFixture.specialDraft());
        run(store, "import", DraftFiles.lines(dir.resolve("in.jsonl"), lines).toString());
        List<String> references = new ArrayList<>();
        for (int n = 0; n < GENERATED; n++) {
            references.add(ExportFixture.generatedReference(n));
        }
        references.add(ExportFixture.SPECIAL);
        return references;
    }

    private static JsonNode withoutReview(CliRun show) throws Exception {
        ObjectNode draft = (ObjectNode) JSON.readTree(show.out);
        draft.remove("review");
        return draft;
    }

    @Test
    void aMarkdownExportImportsIntoAnEmptyStoreAsTheSameDrafts() throws Exception {
        Path store = dir.resolve("store.db");
        List<String> references = generatedDrafts(store);
        run(store, "score", references.get(0), "quality=12");
        Path out = dir.resolve("md");
        run(store, "export", "--format", "markdown", "--out", out.toString(), "--all");

        Path other = dir.resolve("other.db");
        CliRun imported = run(other, "import", out.toString());
        assertThat(imported.out).startsWith("imported " + references.size() + ", updated 0, unchanged 0, rejected 0,");
        for (String reference : references) {
            assertThat(withoutReview(run(other, "show", "--json", reference))).as(reference)
                    .isEqualTo(withoutReview(run(store, "show", "--json", reference)));
        }
    }

    @Test
    void aSitesApprovedPagesGoBackWhereTheyWereWithTheFrontMatterTheyCameWith() throws Exception {
        Path store = dir.resolve("store.db");
        Path content = SiteFixture.copyTo(dir.resolve("site/content"));
        run(store, "import", content.toString());
        List<String> approved = new ArrayList<>(new TreeSet<>(SiteFixture.PAGES.keySet()));
        approved.removeAll(List.of("docs/heading", "glossary/seed"));
        List<String> approve = new ArrayList<>(List.of("approve"));
        approve.addAll(approved);
        run(store, approve.toArray(String[]::new));
        run(store, "score", "posts/second", "quality=90");
        CliRun.run(store, clock, "reject", "--reason", "off topic", "glossary/seed");

        Path out = dir.resolve("export/content");
        run(store, "export", "--format", "markdown", "--out", out.toString());
        List<String> written;
        try (Stream<Path> files = Files.walk(out, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            written = files.filter(f -> f.toString().endsWith(".md")).map(f -> out.relativize(f).toString()).sorted()
                    .toList();
        }
        assertThat(written).as("the approved pages, each at the path it had; no rejected or pending one")
                .containsExactlyInAnyOrderElementsOf(approved.stream().map(SiteFixture.PAGES::get).toList());

        String first = Files.readString(out.resolve("posts/first.md"));
        Map<String, Object> yaml = new YAMLMapper().readValue(first.substring(4, first.indexOf("\n---\n") + 1),
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        assertThat(yaml).containsEntry("draft", false).containsEntry("date", "2024-05-01T10:00:00Z")
                .containsEntry("publishDate", "2024-05-02").containsEntry("slug", "first")
                .doesNotContainKeys("reference", "copydesk_source", "params");
        assertThat(first).endsWith("\nCaching is hard.\n\n## Why\n\nBecause invalidation.\n");

        String second = Files.readString(out.resolve("posts/second.md"));
        assertThat(second).startsWith("+++\n");
        Map<String, Object> toml = new TomlMapper().readValue(second.substring(4, second.indexOf("\n+++\n") + 1),
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        assertThat(toml).containsEntry("draft", false).containsEntry("expiryDate", "2099-01-01")
                .containsEntry("params", Map.of("color", "blue")).containsEntry("score", Map.of("quality", 90));

        String bundle = Files.readString(out.resolve("posts/bundle/index.md"));
        JsonNode json = JSON.readTree(bundle.substring(0, bundle.indexOf("\n}\n") + 2));
        assertThat(json.get("draft").asBoolean(true)).isFalse();
        assertThat(json.get("title").asText()).isEqualTo("A bundle: JSON");

        // the exported folder is the site's content folder again: read back, the same pages
        Path again = dir.resolve("again.db");
        CliRun reimport = run(again, "import", out.toString());
        assertThat(reimport.out).startsWith("imported " + approved.size() + ", updated 0, unchanged 0, rejected 0, skipped 0");
        for (String reference : approved) {
            JsonNode page = withoutReview(run(again, "show", "--json", reference));
            JsonNode original = withoutReview(run(store, "show", "--json", reference));
            ((ObjectNode) original).put("draft", false);
            assertThat(page).as(reference).isEqualTo(original);
        }
    }

    @Test
    void aDraftThatClaimsAPathOutsideTheFolderGetsANameOfItsOwnInside() throws Exception {
        Path store = dir.resolve("store.db");
        run(store, "import", DraftFiles.lines(dir.resolve("spoof.jsonl"), List.of(
                "{\"reference\":\"s1\",\"title\":\"Spoof\",\"body\":\"x\",\"copydesk_source\":"
                        + "{\"file\":\"../../outside.md\",\"front_matter\":\"yaml\"}}",
                "{\"reference\":\"s2\",\"title\":\"Own\",\"body\":\"y\",\"copydesk_source\":"
                        + "{\"file\":\".copydesk-manifest.md\",\"front_matter\":\"toml\"}}")).toString());
        Path out = dir.resolve("deep/er/md");
        run(store, "export", "--format", "markdown", "--out", out.toString(), "--all");
        assertThat(dir.resolve("deep/outside.md")).doesNotExist();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md")))
                    .hasSize(2).allMatch(n -> n.startsWith("spoof-") || n.startsWith("own-"));
        }
    }

    @Test
    void aPageRejectedAfterItsExportIsRemovedFromItsSubfolder() throws Exception {
        Path store = dir.resolve("store.db");
        run(store, "import", SiteFixture.copyTo(dir.resolve("site/content")).toString());
        run(store, "approve", "posts/bundle", "posts/first");
        Path out = dir.resolve("export/content");
        run(store, "export", "--format", "markdown", "--out", out.toString());
        assertThat(out.resolve("posts/bundle/index.md")).exists();
        run(store, "reject", "--reason", "outdated", "posts/bundle");
        run(store, "export", "--format", "markdown", "--out", out.toString());
        assertThat(out.resolve("posts/bundle/index.md")).doesNotExist();
        assertThat(out.resolve("posts/first.md")).exists();
    }

    @Test
    void hugoPublishesEveryExportedPageAtItsPath() throws Exception {
        if (!SiteBuild.hugoIsInstalled()) {
            // CI installs Hugo (.ci/run): there a missing hugo is a failure, not a reason to skip
            assertThat(System.getenv("CI")).as("hugo is not installed (apt-get install -y hugo)").isNotEqualTo("true");
            Assumptions.abort("hugo is not installed (apt-get install -y hugo)");
        }
        Path store = dir.resolve("store.db");
        Path content = SiteFixture.copyTo(dir.resolve("in/content"));
        run(store, "import", content.toString());
        List<String> references = generatedDrafts(store);
        references.addAll(SiteFixture.PAGES.keySet());
        try (Copydesk desk = Copydesk.open(store, clock)) {
            Decisions.approve(desk, clock.instant(), references.toArray(String[]::new));
        }
        Path site = dir.resolve("site");
        run(store, "export", "--format", "markdown", "--out", site.resolve("content").toString());
        Path publicFolder = SiteBuild.hugo(site);

        List<Path> pages;
        try (Stream<Path> files = Files.walk(site.resolve("content"), java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            pages = files.filter(f -> f.toString().endsWith(".md")).toList();
        }
        assertThat(pages).hasSize(references.size());
        for (Path page : pages) {
            assertThat(publicFolder.resolve(publishedPath(site.resolve("content").relativize(page))))
                    .as(page.toString()).exists();
        }
    }

    /** Where Hugo publishes a content file: its folder and name (a bundle's or section's: its folder), or its slug. */
    private static String publishedPath(Path relative) {
        String path = relative.toString().replace('\\', '/').replaceFirst("\\.md$", "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        if (name.equals("index") || name.equals("_index")) {
            return folder.isEmpty() ? "index.html" : folder + "/index.html";
        }
        return (folder.isEmpty() ? "" : folder + "/") + name + "/index.html";
    }
}
