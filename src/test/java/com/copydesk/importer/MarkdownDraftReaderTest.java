package com.copydesk.importer;

import com.copydesk.interchange.DraftJson;
import com.copydesk.interchange.DraftLimits;
import com.copydesk.model.Draft;
import com.copydesk.model.ImportError;
import com.copydesk.support.Collect;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownDraftReaderTest {
    private final MarkdownDraftReader reader = new MarkdownDraftReader(new DraftJson(), DraftLimits.DEFAULT);

    @Test
    void blockStyleFrontMatterWithYamlDatesAndNumbers() {
        Draft d = Collect.read(reader, """
                ---
                reference: md-1
                title: "A title: with colon"
                reading_time: 4
                stack:
                  - python
                  - backend
                score:
                  quality: 80
                  depth: 75
                revision:
                  last_reviewed: 2025-07-01
                flags:
                  has_images: true
                custom_date: 2024-01-02
                ---

                Body paragraph.

                ## Section
                """).onlyDraft();
        assertThat(d.reference()).isEqualTo("md-1");
        assertThat(d.title()).isEqualTo("A title: with colon");
        assertThat(d.readingTime()).isEqualTo(4);
        assertThat(d.stack()).containsExactly("python", "backend");
        assertThat(d.score().quality()).isEqualTo(80);
        assertThat(d.revision().lastReviewed()).hasToString("2025-07-01");
        assertThat(d.flags().hasImages()).isTrue();
        assertThat(d.extra()).containsEntry("custom_date", "2024-01-02");
        assertThat(d.body()).isEqualTo("Body paragraph.\n\n## Section\n");
    }

    @Test
    void flowStyleFrontMatter() {
        Draft d = Collect.read(reader, "---\n{reference: md-2, title: Flow, tools: [git, ruff], "
                + "score: {quality: 90, clarity: 60}}\n---\nBody\n").onlyDraft();
        assertThat(d.tools()).containsExactly("git", "ruff");
        assertThat(d.score().clarity()).isEqualTo(60);
        assertThat(d.body()).isEqualTo("Body\n");
    }

    @Test
    void withoutATitleTheFirstHeadingIsTheTitleAndLeavesTheBody() {
        Draft d = Collect.read(reader, "---\r\nreference: md-3\r\n---\r\n\r\n# The Title\r\n\r\nText.\r\n").onlyDraft();
        assertThat(d.title()).isEqualTo("The Title");
        assertThat(d.body()).isEqualTo("Text.\n");
    }

    @Test
    void yamlAliasesAreRefused() {
        ImportError e = Collect.read(reader, """
                ---
                reference: md-4
                title: t
                a: &x [1, 2]
                b: *x
                ---
                body
                """).onlyError();
        assertThat(e.message()).contains("aliases are not allowed");
        assertThat(e.reference()).isEqualTo("md-4");
    }

    @Test
    void anAliasBombIsRefusedQuickly() {
        StringBuilder yaml = new StringBuilder("---\nreference: bomb\ntitle: t\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        yaml.append("---\nbody\n");
        ImportError e = Collect.read(reader, yaml.toString()).onlyError();
        assertThat(e.message()).contains("aliases are not allowed");
    }

    @Test
    void tagsThatWouldBuildObjectsAreRefused() {
        ImportError e = Collect.read(reader, """
                ---
                reference: md-5
                title: t
                x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://x/"]]]]
                ---
                body
                """).onlyError();
        assertThat(e.message()).contains("YAML tags are not allowed");
        assertThat(e.line()).as("the line of the field in the file").isEqualTo(4);
    }

    @Test
    void plainStringTagsAreHarmless() {
        Draft d = Collect.read(reader, "---\nreference: !!str 123\ntitle: t\n---\nbody\n").onlyDraft();
        assertThat(d.reference()).isEqualTo("123");
    }

    @Test
    void aWrongTypeNamesTheFieldAndItsLine() {
        ImportError e = Collect.read(reader, "---\nreference: md-6\ntitle: t\nreading_time: \"4\"\n---\nbody\n").onlyError();
        assertThat(e.message()).isEqualTo("reading_time: expected an integer, got the string \"4\"");
        assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void missingFrontMatterAndUnclosedFrontMatterAreReported() {
        assertThat(Collect.read(reader, "# Just markdown\n").onlyError().message()).contains("no front matter");
        assertThat(Collect.read(reader, "---\nreference: x\n").onlyError().message()).contains("not closed");
    }

    @Test
    void brokenYamlSaysWhere() {
        ImportError e = Collect.read(reader, "---\nreference: x\ntitle: [unclosed\n---\nbody\n").onlyError();
        assertThat(e.message()).contains("not valid YAML");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        ImportError e = Collect.read(reader, "---\nreference: x\ntitle: a\ntitle: b\n---\nbody\n").onlyError();
        assertThat(e.message()).isEqualTo("title: the key is given twice");
    }

    @Test
    void deepYamlNestingIsRefusedWithoutOverflow() {
        String deep = "---\nreference: x\ntitle: t\nx: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n---\nbody\n";
        ImportError e = Collect.read(reader, deep).onlyError();
        assertThat(e.message()).containsAnyOf("nest", "limit", "deep");
    }

    // ---- TOML and JSON front matter: the three forms Hugo reads ---------------------------------

    private static final String BODY = "\nThe body.\n\n## Section\n";

    private static final String YAML_PAGE = """
            ---
            reference: forms-1
            title: "Three forms"
            date: 2024-05-01T10:00:00Z
            reading_time: 4
            tags: [a, b]
            score: {quality: 80, depth: 75}
            build: {render: always}
            ratio: 1.5
            published: true
            ---
            """ + BODY;

    private static final String TOML_PAGE = """
            +++
            reference = "forms-1"
            title = "Three forms"
            date = 2024-05-01T10:00:00Z
            reading_time = 4
            tags = ["a", "b"]
            ratio = 1.5
            published = true

            [score]
            quality = 80
            depth = 75

            [build]
            render = "always"
            +++
            """ + BODY;

    private static final String JSON_PAGE = """
            {
              "reference": "forms-1",
              "title": "Three forms",
              "date": "2024-05-01T10:00:00Z",
              "reading_time": 4,
              "tags": ["a", "b"],
              "score": {"quality": 80, "depth": 75},
              "build": {"render": "always"},
              "ratio": 1.5,
              "published": true
            }
            """ + BODY;

    @Test
    void yamlTomlAndJsonFrontMatterWithTheSameFieldsGiveTheSameDraft() {
        Draft yaml = Collect.read(reader, YAML_PAGE).onlyDraft();
        Draft toml = Collect.read(reader, TOML_PAGE).onlyDraft();
        Draft json = Collect.read(reader, JSON_PAGE).onlyDraft();
        assertThat(yaml.reference()).isEqualTo("forms-1");
        assertThat(yaml.score().quality()).isEqualTo(80);
        assertThat(yaml.readingTime()).isEqualTo(4);
        assertThat(yaml.body()).isEqualTo("The body.\n\n## Section\n");
        assertThat(yaml.extra()).containsEntry("date", "2024-05-01T10:00:00Z")
                .containsEntry("tags", java.util.List.of("a", "b")).containsEntry("published", true);
        assertThat(toml).as("TOML").isEqualTo(yaml);
        assertThat(json).as("JSON").isEqualTo(yaml);
    }

    @Test
    void aHugoDateIsKeptAsTheStringItWasWritten() {
        Draft toml = Collect.read(reader, "+++\nreference = \"d\"\ntitle = \"t\"\ndate = 2024-05-01T10:00:00+02:00\n"
                + "day = 2024-05-01\n+++\nbody\n").onlyDraft();
        assertThat(toml.extra()).containsEntry("date", "2024-05-01T10:00:00+02:00").containsEntry("day", "2024-05-01");
        Draft yaml = Collect.read(reader, "---\nreference: d\ntitle: t\ndate: 2024-05-01T10:00:00+02:00\n---\nbody\n")
                .onlyDraft();
        assertThat(yaml.extra()).containsEntry("date", "2024-05-01T10:00:00+02:00");
    }

    @Test
    void brokenTomlSaysWhichLine() {
        ImportError e = Collect.read(reader, "+++\nreference = \"x\"\ntitle = \"t\"\nbroken = = 3\n+++\nbody\n").onlyError();
        assertThat(e.message()).contains("not valid TOML");
        assertThat(e.line()).isEqualTo(4);
        assertThat(Collect.read(reader, "+++\nreference = \"x\"\n").onlyError().message()).contains("not closed by a line '+++'");
    }

    @Test
    void aTomlKeyGivenTwiceIsRefused() {
        ImportError e = Collect.read(reader, "+++\nreference = \"x\"\ntitle = \"a\"\ntitle = \"b\"\n+++\nbody\n").onlyError();
        assertThat(e.message()).containsIgnoringCase("duplicate key");
    }

    @Test
    void deepTomlNestingIsRefusedWithoutOverflow() {
        String arrays = "+++\nreference = \"x\"\ntitle = \"t\"\nx = " + "[".repeat(50_000) + "]".repeat(50_000) + "\n+++\nbody\n";
        assertThat(Collect.read(reader, arrays).onlyError().message()).containsAnyOf("nest", "limit", "deep");
        String tables = "+++\nreference = \"x\"\ntitle = \"t\"\ny = " + "{a = ".repeat(5_000) + "1" + "}".repeat(5_000)
                + "\n+++\nbody\n";
        assertThat(Collect.read(reader, tables).onlyError().message()).containsAnyOf("nest", "limit", "deep");
        String deep100 = "+++\nreference = \"x\"\ntitle = \"t\"\ny = " + "[".repeat(100) + "]".repeat(100) + "\n+++\nbody\n";
        assertThat(Collect.read(reader, deep100).onlyDraft().reference()).as("100 levels are within limits").isEqualTo("x");
    }

    @Test
    void brokenJsonFrontMatterIsRejectedAndTheBodyFollowsTheObject() {
        assertThat(Collect.read(reader, "{\"reference\": \"x\", \"title\": }\nbody\n").onlyError().message())
                .contains("not valid JSON");
        Draft d = Collect.read(reader, "{\"reference\": \"x\", \"title\": \"t\"}\n\n{not json} is body text\n").onlyDraft();
        assertThat(d.body()).isEqualTo("{not json} is body text\n");
    }

    @Test
    void anExportIsReadFromParamsAndTheDraftsOwnSiteNamedFieldsStayAsTheyWere() {
        Draft d = Collect.read(reader, """
                ---
                title: "Site title"
                date: "2026-11-20T09:30:15Z"
                draft: false
                slug: "x-1a2b3c4d"
                params:
                  reference: "x"
                  title: "The title"
                  revision: {last_reviewed: "2025-01-02"}
                  date: "2025-01-02"
                  draft: false
                  tags: []
                ---

                Body.
                """).onlyDraft();
        assertThat(d.reference()).isEqualTo("x");
        assertThat(d.title()).isEqualTo("The title");
        assertThat(d.extra()).containsOnlyKeys("date", "draft", "tags").containsEntry("date", "2025-01-02")
                .containsEntry("draft", false);
        assertThat(d.body()).isEqualTo("Body.\n");
    }
}
