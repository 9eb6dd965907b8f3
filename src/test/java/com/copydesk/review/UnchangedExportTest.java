package com.copydesk.review;

import com.copydesk.model.ExportFormat;
import com.copydesk.model.ExportRequest;
import com.copydesk.model.ExportScope;
import com.copydesk.model.ExportSummary;
import com.copydesk.support.Decisions;
import com.copydesk.support.ExportFixture;
import com.copydesk.support.FolderSnapshot;
import com.copydesk.support.TempDesk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static com.copydesk.support.ExportFixture.generatedReference;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incremental export tells from each draft's stamp (content hash and review state, kept in the
 * manifest) that nothing changed, without reading the drafts' text: these tests change the stored
 * text behind the stamp's back to see that it was not read, and change what the stamp covers to
 * see that it is.
 */
class UnchangedExportTest {
    private static final int GENERATED = 8;
    private static final List<ExportFormat> STAMPED = List.of(ExportFormat.JSON_LINES, ExportFormat.MARKDOWN);

    @RegisterExtension
    final TempDesk temp = new TempDesk();

    @BeforeEach
    void open() {
        ExportFixture.fill(temp.desk(), temp.dir().resolve("in"), GENERATED);
        Decisions.approve(temp.desk(), temp.clock().instant(), generatedReference(0), generatedReference(1),
                generatedReference(2));
    }

    private ExportSummary export(ExportFormat format, Path destination) {
        temp.clock().advance(Duration.ofMinutes(1));
        return temp.desk().exports().run(new ExportRequest(format, destination, ExportScope.approved(), true, true),
                TaskMonitor.NONE);
    }

    private Path destination(ExportFormat format) {
        Path folder = temp.dir().resolve("out-" + format.key());
        return folder.resolve(format.filePerDraft() ? "content" : "drafts" + format.extension());
    }

    /** Changes a draft's stored body and nothing else: only an export that reads the text can see it. */
    private void changeTextBehindTheStamp(int n) {
        Decisions.sql(temp.desk(), "UPDATE draft_text SET body = body || ' (changed behind the stamp)' WHERE draft_id = "
                + "(SELECT id FROM draft WHERE reference = '" + generatedReference(n) + "')");
    }

    @Test
    void anExportOfUnchangedDraftsReadsNoTextAndTouchesNothing() {
        for (ExportFormat format : STAMPED) {
            Path destination = destination(format);
            export(format, destination);
            FolderSnapshot first = FolderSnapshot.of(destination.getParent());
            changeTextBehindTheStamp(1);

            ExportSummary again = export(format, destination);
            assertThat(again.unchanged()).as(format.key()).isEqualTo(3);
            assertThat(again.filesWritten()).isZero();
            assertThat(FolderSnapshot.of(destination.getParent()).changedSince(first)).as(format.key()).isEmpty();
            Decisions.sql(temp.desk(), "UPDATE draft_text SET body = replace(body, ' (changed behind the stamp)', '')");
        }
    }

    @Test
    void aChangeOfReviewStateOrContentIsExported() throws Exception {
        for (ExportFormat format : STAMPED) {
            Path destination = destination(format);
            long drafts = export(format, destination).added();
            int clarity = 70 + format.ordinal();  // each format's own change
            Decisions.sql(temp.desk(), "UPDATE draft SET ed_clarity = " + clarity + " WHERE reference = '"
                    + generatedReference(2) + "'");
            ExportSummary scored = export(format, destination);
            assertThat(scored.changed()).as(format.key()).isEqualTo(1);
            assertThat(scored.unchanged()).isEqualTo(drafts - 1);
            assertThat(exported(destination)).containsPattern("\"?clarity\"?: ?" + clarity);

            // an import that changes a draft changes its content hash
            changeTextBehindTheStamp(0);
            Decisions.sql(temp.desk(), "UPDATE draft SET content_hash = 'changed " + format.key() + "' WHERE reference = '"
                    + generatedReference(0) + "'");
            assertThat(export(format, destination).changed()).as(format.key()).isEqualTo(1);
            assertThat(exported(destination)).contains("(changed behind the stamp)");

            Decisions.approve(temp.desk(), temp.clock().instant(), generatedReference(5 + format.ordinal()));
            assertThat(export(format, destination).added()).as(format.key()).isEqualTo(1);
        }
    }

    @Test
    void aDestinationChangedByHandOrAnOldManifestIsExportedInFull() throws Exception {
        Path file = destination(ExportFormat.JSON_LINES);
        export(ExportFormat.JSON_LINES, file);
        byte[] written = Files.readAllBytes(file);
        Files.writeString(file, "someone's edit\n", java.nio.file.StandardOpenOption.APPEND);
        changeTextBehindTheStamp(1);
        ExportSummary repaired = export(ExportFormat.JSON_LINES, file);
        assertThat(repaired.filesWritten()).isEqualTo(1);
        assertThat(Files.readString(file)).contains("(changed behind the stamp)").doesNotContain("someone's edit");

        // a manifest without stamps (an older Copydesk's) is read as before, and gets them
        Path manifest = file.resolveSibling(".drafts.jsonl.copydesk-manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replaceAll(",\"source\":\"[^\"]*\"", ""));
        Decisions.sql(temp.desk(), "UPDATE draft_text SET body = replace(body, ' (changed behind the stamp)', '')");
        assertThat(export(ExportFormat.JSON_LINES, file).unchanged()).isEqualTo(2);
        assertThat(Files.readAllBytes(file)).isEqualTo(written);
        assertThat(Files.readString(manifest)).contains("\"source\":");
    }

    private static String exported(Path destination) throws Exception {
        if (Files.isRegularFile(destination)) {
            return Files.readString(destination, StandardCharsets.UTF_8);
        }
        StringBuilder all = new StringBuilder();
        FolderSnapshot.of(destination).files().forEach((name, state) -> all.append(new String(state.bytes(),
                StandardCharsets.UTF_8)));
        return all.toString();
    }
}
