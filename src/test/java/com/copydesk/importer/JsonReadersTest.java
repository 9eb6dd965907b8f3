package com.copydesk.importer;

import com.copydesk.interchange.DraftJson;
import com.copydesk.interchange.DraftLimits;
import com.copydesk.model.Draft;
import com.copydesk.model.ImportError;
import com.copydesk.support.Collect;
import com.copydesk.support.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonReadersTest {
    private final DraftJson json = new DraftJson();
    private final JsonDraftReader jsonReader = new JsonDraftReader(json);
    private final JsonLinesDraftReader linesReader = new JsonLinesDraftReader(json, DraftLimits.DEFAULT);

    static String draft(String reference) {
        return "{\"reference\":\"" + reference + "\",\"title\":\"Title " + reference + "\",\"body\":\"Body.\\n\"}";
    }

    @Test
    void aJsonFileHoldsOneDraft() throws Exception {
        Draft draft = Collect.read(jsonReader, Samples.bytes(Samples.JSON)).onlyDraft();
        assertThat(draft).isEqualTo(json.parse(Samples.text(Samples.JSON)));
        assertThat(draft.score().quality()).isEqualTo(95);
        assertThat(draft.revision().lastReviewed()).hasToString("2025-07-01");
    }

    @Test
    void aJsonArrayIsReadElementByElementAndABadElementDoesNotStopTheRest() {
        Collect c = Collect.read(jsonReader, "[" + draft("a") + ", {\"reference\":\"b\",\"title\":\"t\",\"body\":\"x\","
                + "\"reading_time\":\"4\"}, " + draft("c") + "]");
        assertThat(c.drafts()).extracting(Draft::reference).containsExactly("a", "c");
        ImportError error = c.errors().get(0);
        assertThat(error.line()).as("the 1-based array index").isEqualTo(2);
        assertThat(error.reference()).isEqualTo("b");
        assertThat(error.message()).isEqualTo("reading_time: expected an integer, got the string \"4\"");
    }

    @Test
    void brokenSyntaxInAnArrayKeepsWhatCameBeforeAndSaysWhere() {
        Collect c = Collect.read(jsonReader, "[" + draft("a") + ",\n {\"reference\": }]");
        assertThat(c.drafts()).extracting(Draft::reference).containsExactly("a");
        assertThat(c.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).startsWith("not valid JSON").contains("line 2");
        });
    }

    @Test
    void jsonLinesSkipBlankLinesAndReportTheLineOfABadRecord() {
        String text = draft("a") + "\r\n\r\n" + "{\"reference\":\"b\",\"title\":\"t\"}\n   \n" + draft("c");
        Collect c = Collect.read(linesReader, "\uFEFF" + text);
        assertThat(c.drafts()).extracting(Draft::reference).containsExactly("a", "c");
        assertThat(c.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reference()).isEqualTo("b");
            assertThat(e.message()).isEqualTo("body: missing (every draft needs one)");
        });
    }

    @Test
    void aKeyGivenTwiceRejectsThatDraftOnly() {
        Collect c = Collect.read(linesReader, "{\"reference\":\"a\",\"title\":\"t\",\"title\":\"u\",\"body\":\"x\"}\n"
                + draft("b"));
        assertThat(c.drafts()).extracting(Draft::reference).containsExactly("b");
        assertThat(c.errors().get(0).message()).isEqualTo("title: the key is given twice");
        assertThat(c.errors().get(0).reference()).isEqualTo("a");
    }

    @Test
    void aDuplicateKeyInsideAnArrayElementDoesNotLoseTheNextElement() {
        Collect c = Collect.read(jsonReader, "[{\"reference\":\"a\",\"score\":{\"depth\":1,\"depth\":2},"
                + "\"title\":\"t\",\"body\":\"x\"}," + draft("b") + "]");
        assertThat(c.drafts()).extracting(Draft::reference).containsExactly("b");
        assertThat(c.errors().get(0).message()).isEqualTo("score.depth: the key is given twice");
    }

    @Test
    void wrongTypesAndRangesNameTheField() {
        assertThat(rejection("\"score\":{\"quality\":101}")).isEqualTo("score.quality: the number 101 is outside 0..100");
        assertThat(rejection("\"view_count\":-1")).contains("view_count").contains("-1");
        assertThat(rejection("\"reading_time\":4.5")).isEqualTo("reading_time: expected an integer, got the number 4.5");
        assertThat(rejection("\"flags\":{\"has_images\":2}")).startsWith("flags.has_images: expected 0, 1, true or false");
        assertThat(rejection("\"revision\":{\"last_reviewed\":\"2025-13-01\"}"))
                .isEqualTo("revision.last_reviewed: \"2025-13-01\" is not a calendar date");
        assertThat(rejection("\"stack\":[\"a\",3]")).isEqualTo("stack[1]: expected a string, got the integer 3");
        assertThat(rejection("\"entities\":[{\"name\":1}]")).startsWith("entities[0].name: expected a string");
        assertThat(rejection("\"payload\":{\"seed\":99999999999999999999}")).contains("payload.seed");
    }

    @Test
    void referenceAndTitleRules() {
        Collect c = Collect.read(linesReader, String.join("\n",
                "{\"title\":\"t\",\"body\":\"x\"}",
                "{\"reference\":\"\",\"title\":\"t\",\"body\":\"x\"}",
                "{\"reference\":\"" + "r".repeat(201) + "\",\"title\":\"t\",\"body\":\"x\"}",
                "{\"reference\":\"a\",\"title\":\"   \",\"body\":\"x\"}",
                "{\"reference\":\"b\",\"title\":\"" + "t".repeat(301) + "\",\"body\":\"x\"}",
                "{\"reference\":\"c\",\"title\":\"" + "t".repeat(300) + "\",\"body\":\"x\"}",
                "{\"reference\":\"" + "\uD83D\uDE00".repeat(200) + "\",\"title\":\"t\",\"body\":\"x\"}"));
        assertThat(c.errors()).extracting(ImportError::message).containsExactly(
                "reference: missing (every draft needs one)", "reference: empty",
                "reference: longer than 200 characters (201)", "title: empty",
                "title: longer than 300 characters (301)");
        assertThat(c.drafts()).extracting(Draft::reference).as("200 characters, 400 UTF-16 units")
                .containsExactly("c", "\uD83D\uDE00".repeat(200));
    }

    @Test
    void titlesAreStoredTrimmedInNfc() {
        Draft d = Collect.read(linesReader, "{\"reference\":\"a\",\"title\":\"  Cafe\u0301 \",\"body\":\"x\"}")
                .onlyDraft();
        assertThat(d.title()).isEqualTo("Caf\u00e9");
    }

    @Test
    void unknownFieldsAreKeptInOrderAndExportedUnchanged() throws Exception {
        String line = "{\"reference\":\"a\",\"title\":\"t\",\"body\":\"x\",\"zeta\":{\"n\":[1,2.50,null,true]},"
                + "\"alpha\":\"keep\",\"score\":{\"quality\":5,\"extra\":\"e\"}}";
        Draft d = Collect.read(linesReader, line).onlyDraft();
        assertThat(d.extra()).containsOnlyKeys("zeta", "alpha");
        assertThat(json.toJson(d)).isEqualTo("{\"reference\":\"a\",\"title\":\"t\",\"body\":\"x\","
                + "\"score\":{\"quality\":5,\"extra\":\"e\"},\"zeta\":{\"n\":[1,2.50,null,true]},\"alpha\":\"keep\"}");
    }

    @Test
    void aDraftsOwnReviewFieldIsContentButCopydesksReviewObjectIsNot() {
        String own = "{\"reference\":\"a\",\"title\":\"t\",\"body\":\"x\","
                + "\"review\":{\"status\":\"pending\",\"by\":\"alice\",\"notes\":\"keep me\"}}";
        assertThat(Collect.read(linesReader, own).onlyDraft().extra().get("review"))
                .isEqualTo(java.util.Map.of("status", "pending", "by", "alice", "notes", "keep me"));

        String exported = "{\"reference\":\"a\",\"title\":\"t\",\"body\":\"x\",\"review\":{\"status\":\"approved\","
                + "\"decided_at\":\"2026-11-25T10:00:00Z\",\"checklist\":[],\"imported_score\":{\"quality\":null},"
                + "\"editor_score\":{}}}";
        assertThat(Collect.read(linesReader, exported).onlyDraft().extra()).as("state, not content").isEmpty();
    }

    @Test
    void trueAndFalseAreAcceptedAsFlags() {
        Draft d = Collect.read(linesReader, "{\"reference\":\"a\",\"title\":\"t\",\"body\":\"x\","
                + "\"flags\":{\"has_images\":true,\"image_heavy\":0}}").onlyDraft();
        assertThat(d.flags().hasImages()).isTrue();
        assertThat(d.flags().imageHeavy()).isFalse();
    }

    @Test
    void aNestingBombIsRejectedWithoutOverflowingTheStackAndTheNextLineStillImports() {
        String bomb = "{\"reference\":\"deep\",\"title\":\"t\",\"body\":\"x\",\"x\":" + "[".repeat(200_000)
                + "]".repeat(200_000) + "}";
        Collect c = Collect.read(linesReader, bomb + "\n" + draft("ok"));
        assertThat(c.drafts()).extracting(Draft::reference).containsExactly("ok");
        assertThat(c.errors().get(0).line()).isEqualTo(1);
        assertThat(c.errors().get(0).message()).contains("limits").contains("x[0][0][0]").hasSizeLessThan(300)
                .doesNotContain("StreamReadConstraints");
    }

    @Test
    void anElementOfAnArrayPastEveryLimitOfItsOwnIsRejectedAndTheNextOneRead() {
        String deep = "{\"reference\":\"deep\",\"title\":\"t\",\"body\":\"x\",\"x\":" + "[".repeat(2000)
                + "]".repeat(2000) + "}";
        String longNumber = "{\"reference\":\"digits\",\"title\":\"t\",\"body\":\"x\",\"n\":" + "7".repeat(501) + "}";
        String longText = "{\"title\":\"t\",\"body\":\"x\",\"s\":\"" + "y".repeat(5000) + "\",\"reference\":\"text\"}";
        DraftLimits limits = new DraftLimits(100_000, 128, 900, 100);
        Collect c = Collect.read(new JsonDraftReader(new DraftJson(limits)),
                "[" + deep + "," + draft("a") + "," + longNumber + "," + longText + "," + draft("b") + "]");

        assertThat(c.drafts()).extracting(Draft::reference).containsExactly("a", "b");
        assertThat(c.errors()).extracting(ImportError::line, ImportError::reference).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "deep"), org.assertj.core.groups.Tuple.tuple(3, "digits"),
                org.assertj.core.groups.Tuple.tuple(4, "text"));
        assertThat(c.errors().get(0).message()).startsWith("x[0][0][0]").contains("…")
                .endsWith("[0]: nested deeper than 128 levels").hasSizeLessThan(120);
        assertThat(c.errors().get(1).message()).isEqualTo("n: a number longer than 100 characters");
        assertThat(c.errors().get(2).message()).isEqualTo("s: a text longer than 900 characters");
    }

    @Test
    void nestingOfAHundredLevelsIsWithinLimits() {
        String deep = "{\"reference\":\"deep\",\"title\":\"t\",\"body\":\"x\",\"x\":" + "[".repeat(98) + "]".repeat(98)
                + "}";
        assertThat(Collect.read(linesReader, deep).onlyDraft().extra()).containsKey("x");
    }

    @Test
    void nestingPastTheLimitInsideAnArrayRejectsOnlyThatElement() {
        String deep = "{\"reference\":\"deep\",\"title\":\"t\",\"body\":\"x\",\"x\":" + "[".repeat(300) + "]".repeat(300)
                + "}";
        Collect c = Collect.read(jsonReader, "[" + deep + "," + draft("b") + "]");
        assertThat(c.drafts()).extracting(Draft::reference).containsExactly("b");
        assertThat(c.errors().get(0).message()).contains("nested deeper than 128 levels");
        assertThat(c.errors().get(0).reference()).isEqualTo("deep");
    }

    @Test
    void aDraftOfFiveMegabytesIsWithinLimits() {
        String body = "word ".repeat(1024 * 1024);
        Draft d = Collect.read(linesReader, "{\"reference\":\"big\",\"title\":\"t\",\"body\":\"" + body + "\"}")
                .onlyDraft();
        assertThat(d.body()).hasSize(5 * 1024 * 1024);
    }

    @Test
    void aLineLongerThanTheLimitIsRejectedAndTheNextOneRead() {
        DraftLimits small = new DraftLimits(1000, 128, 900, 100);
        JsonLinesDraftReader reader = new JsonLinesDraftReader(new DraftJson(small), small);
        String huge = "{\"reference\":\"big\",\"title\":\"t\",\"body\":\"" + "x".repeat(5000) + "\"}";
        Collect c = Collect.read(reader, huge + "\n" + draft("b"));
        assertThat(c.drafts()).extracting(Draft::reference).containsExactly("b");
        assertThat(c.errors().get(0).message()).contains("longer than");
    }

    @Test
    void anOversizedElementOfAnArrayIsSkippedWithoutKeepingIt() {
        DraftLimits small = new DraftLimits(2000, 128, 100_000, 100);
        JsonDraftReader reader = new JsonDraftReader(new DraftJson(small));
        String big = "{\"reference\":\"big\",\"title\":\"t\",\"body\":\"x\",\"list\":["
                + String.join(",", java.util.Collections.nCopies(2000, "\"item\"")) + "]}";
        Collect c = Collect.read(reader, "[" + big + "," + draft("b") + "]");
        assertThat(c.drafts()).extracting(Draft::reference).containsExactly("b");
        assertThat(c.errors().get(0).message()).contains("larger than");
    }

    @Test
    void numbersWrittenAsStringsAreWrongTypes() {
        assertThat(rejection("\"score\":{\"depth\":\"99\"}")).isEqualTo("score.depth: expected an integer, got the string \"99\"");
    }

    @Test
    void aBrokenLineIsDescribedForPeopleWithoutTheParsersInternals() {
        ImportError error = Collect.read(linesReader, draft("a") + "\n{\"reference\":\"b\",\"title\":\"t\"").errors().get(0);
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.message()).startsWith("not valid JSON").doesNotContain("Source").doesNotContain("REDACTED")
                .doesNotContain("line 1").contains("column");
    }

    @Test
    void moreThanOneValueOnALineIsRejected() {
        assertThat(Collect.read(linesReader, draft("a") + " " + draft("b")).onlyError().message())
                .contains("more than one JSON value");
    }

    @Test
    void anEmptyFileIsReported() {
        assertThat(Collect.read(jsonReader, "  ").onlyError().message()).contains("empty");
        assertThat(Collect.read(linesReader, "\n\n").results).isEmpty();
    }

    private String rejection(String field) {
        List<ImportError> errors = Collect.read(linesReader,
                "{\"reference\":\"r\",\"title\":\"t\",\"body\":\"x\"," + field + "}").errors();
        assertThat(errors).hasSize(1);
        return errors.get(0).message();
    }
}
