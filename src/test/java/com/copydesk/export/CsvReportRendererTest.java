package com.copydesk.export;

import com.copydesk.model.ChecklistItem;
import com.copydesk.model.Draft;
import com.copydesk.model.Finding;
import com.copydesk.model.ReviewState;
import com.copydesk.model.ReviewStatus;
import com.copydesk.model.Scores;
import com.copydesk.model.Severity;
import com.copydesk.model.StoredDraft;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReportRendererTest {
    private final CsvReportRenderer csv = new CsvReportRenderer();

    private static StoredDraft draft(String reference, String title, List<Finding> findings) {
        Draft draft = Draft.of(reference, title, "Body").toBuilder().score(new Scores(90, 80, 70, 60)).build();
        ReviewState review = new ReviewState(ReviewStatus.APPROVED, null, Instant.parse("2026-11-25T10:00:00Z"),
                null, new Scores(50, null, null, 40), List.of(new ChecklistItem("a", true),
                new ChecklistItem("b", false), new ChecklistItem("c", true)));
        return new StoredDraft(1, draft, review, findings, Instant.EPOCH, Instant.EPOCH);
    }

    /** Splits a CSV row as RFC 4180 says: quoted cells may hold commas, doubled quotes and line breaks. */
    private static List<String> cells(String row) {
        assertThat(row).endsWith("\r\n");
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length() - 2; i++) {
            char c = row.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    @Test
    void theHeaderStartsWithAByteOrderMarkAndNamesEveryColumn() {
        String header = new String(csv.header(), StandardCharsets.UTF_8);
        assertThat(header).startsWith("\uFEFFreference,title,status,imported_quality,");
        assertThat(cells(header.substring(1))).isEqualTo(CsvReportRenderer.COLUMNS);
    }

    @Test
    void aRowHoldsScoresFindingsChecklistAndDecision() {
        String row = new String(csv.render(draft("r1", "A title, with a comma", List.of(
                new Finding("thin_body", Severity.WARN, "only 40 words"),
                new Finding("near_duplicate", Severity.INFO, "like r2")))), StandardCharsets.UTF_8);
        assertThat(cells(row)).containsExactly("r1", "A title, with a comma", "approved", "90", "80", "70", "60",
                "50", "", "", "40", "warn thin_body: only 40 words; info near_duplicate: like r2", "2", "3",
                "2026-11-25T10:00:00Z");
        assertThat(row).contains("\"A title, with a comma\"");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaAreNeutralised() {
        for (String attack : List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A2)",
                "\tcmd", "\r=1")) {
            String row = new String(csv.render(draft(attack, attack, List.of(new Finding(attack, Severity.WARN,
                    "m")))), StandardCharsets.UTF_8);
            List<String> cells = cells(row);
            assertThat(cells.get(0)).isEqualTo("'" + attack);
            assertThat(cells.get(1)).isEqualTo("'" + attack);
            assertThat(cells).allSatisfy(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+")
                    .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r"));
        }
        assertThat(CsvReportRenderer.cell("a \"quoted\" word")).isEqualTo("\"a \"\"quoted\"\" word\"");
        assertThat(CsvReportRenderer.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvReportRenderer.cell("plain = fine")).isEqualTo("plain = fine");
    }
}
