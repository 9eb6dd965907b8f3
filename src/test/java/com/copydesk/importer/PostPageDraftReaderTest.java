package com.copydesk.importer;

import com.copydesk.interchange.DraftJson;
import com.copydesk.interchange.DraftLimits;
import com.copydesk.model.Draft;
import com.copydesk.model.ImportError;
import com.copydesk.support.Collect;
import com.copydesk.support.Samples;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostPageDraftReaderTest {
    private final DraftJson json = new DraftJson();
    private final PostPageDraftReader reader = new PostPageDraftReader(json, DraftLimits.DEFAULT);

    private Draft sampleJson() throws Exception {
        return json.parse(Samples.text(Samples.JSON));
    }

    @Test
    void theSamplePageIsTheSameDraftAsTheSampleJsonInEveryField() throws Exception {
        Draft page = Collect.read(reader, Samples.bytes(Samples.PAGE)).onlyDraft();
        Draft expected = sampleJson();

        assertThat(page).usingRecursiveComparison().isEqualTo(expected);
        // The body is rebuilt exactly, so that importing both forms leaves one draft unchanged.
        assertThat(json.contentHash(page)).isEqualTo(json.contentHash(expected));
    }

    @Test
    void readsFieldsGluedToTheirLabelsAndTypesNumbers() {
        Draft page = Collect.read(reader, Samples.bytes(Samples.PAGE)).onlyDraft();
        assertThat(page.readingTime()).isEqualTo(4);
        assertThat(page.viewCount()).isEqualTo(39766L);
        assertThat(page.topic()).isEqualTo("testing critical paths before launch / python services");
        assertThat(page.aiOutline()).containsEntry("recommended_action",
                "measure first, change carefully, document the result");
        assertThat(page.flags().needsHumanReview()).isFalse();
        assertThat(page.entities()).hasSize(3);
        assertThat(page.entities().get(1).name()).isEqualTo("backend");
        assertThat(page.entities().get(1).type()).isEqualTo("area");
        assertThat(page.payload().seed()).isEqualTo(4623L);
    }

    @Test
    void turnsTheRenderedBodyBackIntoMarkdown() {
        String page = """
                A title

                First paragraph with a full stop.

                A heading

                  \u2022 one
                  \u2022 two

                cap
                cap. image source: unsplash

                alphanode post meta
                referencer-1
                image sources
                    \u2022 source: unsplash
                    \u2022 url: https://example.com/a.png
                    \u2022 caption: cap
                Similar Posts
                topicnot part of the draft
                """;
        Draft draft = Collect.read(reader, page).onlyDraft();
        assertThat(draft.title()).isEqualTo("A title");
        assertThat(draft.body()).isEqualTo("First paragraph with a full stop.\n\n## A heading\n\n- one\n- two\n\n"
                + "![cap](https://example.com/a.png)\n");
        assertThat(draft.topic()).as("after the meta box is page furniture").isNull();
    }

    @Test
    void acceptsCrlfAndAByteOrderMark() {
        String page = "\uFEFF" + Samples.text(Samples.PAGE).replace("\n", "\r\n");
        Draft draft = Collect.read(reader, page).onlyDraft();
        assertThat(draft.reference()).isEqualTo(Samples.REFERENCE);
        assertThat(draft.title()).startsWith("production checklist");
    }

    @Test
    void aPageWithoutMetaBoxIsRejectedSayingSo() {
        ImportError error = Collect.read(reader, "Title\n\nSome body.\n").onlyError();
        assertThat(error.message()).contains("no meta box");
        assertThat(error.file()).isEqualTo("test-file");
    }

    @Test
    void aPageWithoutReferenceIsRejectedSayingSo() {
        String page = Samples.text(Samples.PAGE).replace("referenceanp-ref-004623-3568\n", "");
        ImportError error = Collect.read(reader, page).onlyError();
        assertThat(error.message()).contains("no reference");
    }

    @Test
    void aPageWithoutTitleIsRejectedSayingSo() {
        ImportError error = Collect.read(reader, "\n\nalphanode post meta\nreferencex\n").onlyError();
        assertThat(error.message()).contains("no title");
    }

    @Test
    void aWrongValueNamesTheFieldAndKeepsTheReference() {
        String page = Samples.text(Samples.PAGE).replace("reading time4", "reading timefour");
        ImportError error = Collect.read(reader, page).onlyError();
        assertThat(error.message()).startsWith("reading_time:").contains("expected an integer");
        assertThat(error.reference()).isEqualTo(Samples.REFERENCE);
        assertThat(error.line()).as("the line of the field on the page")
                .isEqualTo(lineOf(page, "reading timefour"));
    }

    @Test
    void aLineInsideTheMetaBoxThatIsNoFieldRejectsThePageInsteadOfDroppingWhatFollows() {
        String page = Samples.text(Samples.PAGE).replace("referenceanp-ref-004623-3568", "referenceanp-ref-004623-3568\nauthorjane doe");
        ImportError error = Collect.read(reader, page).onlyError();
        assertThat(error.message()).isEqualTo("'authorjane doe' is not a field of the meta box");
        assertThat(error.line()).isEqualTo(lineOf(page, "authorjane doe"));
        assertThat(error.reference()).isEqualTo(Samples.REFERENCE);
    }

    @Test
    void linesAfterTheLastFieldArePageFurnitureEvenWithoutSimilarPosts() {
        String page = Samples.text(Samples.PAGE).replace("Similar Posts", "Share this post\nMore from alphanode");
        assertThat(Collect.read(reader, page).onlyDraft()).usingRecursiveComparison()
                .isEqualTo(Collect.read(reader, Samples.bytes(Samples.PAGE)).onlyDraft());
    }

    private static int lineOf(String page, String line) {
        return page.lines().toList().indexOf(line) + 1;
    }

    @Test
    void aFieldGivenTwiceIsRejected() {
        String page = Samples.text(Samples.PAGE).replace("difficultybeginner", "difficultybeginner\ndifficultyhard");
        ImportError error = Collect.read(reader, page).onlyError();
        assertThat(error.message()).contains("difficulty").contains("twice");
        assertThat(error.line()).isGreaterThan(1);
    }
}
