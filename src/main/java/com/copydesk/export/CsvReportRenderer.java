package com.copydesk.export;

import com.copydesk.model.Finding;
import com.copydesk.model.ScoreName;
import com.copydesk.model.Scores;
import com.copydesk.model.StoredDraft;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A report for spreadsheets, one row per draft: RFC 4180 (comma-separated, CRLF, quoted where a
 * cell holds a comma, quote or line break), UTF-8 with a byte order mark so that spreadsheets
 * detect the encoding. A text cell that begins with {@code = + - @}, a tab or a carriage return
 * gets a leading apostrophe, so that a spreadsheet shows it rather than running it as a formula.
 *
 * <p>Writing it by hand is a few lines; a CSV library would not spare the neutralising, which is
 * the part that matters.
 */
final class CsvReportRenderer implements DraftRenderer {
    static final List<String> COLUMNS = List.of("reference", "title", "status",
            "imported_quality", "imported_freshness", "imported_depth", "imported_clarity",
            "editor_quality", "editor_freshness", "editor_depth", "editor_clarity",
            "findings", "checklist_done", "checklist_total", "decided_at");
    private static final String BOM = "\uFEFF";

    @Override
    public byte[] header() {
        return (BOM + row(COLUMNS)).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] render(StoredDraft draft) {
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(draft.reference());
        cells.add(draft.current().title());
        cells.add(draft.status().key());
        addScores(cells, draft.imported().scoreOrEmpty());
        addScores(cells, draft.review().editorScores());
        cells.add(draft.findings().stream().map(CsvReportRenderer::finding).collect(Collectors.joining("; ")));
        cells.add(Long.toString(draft.review().checklistDone()));
        cells.add(Integer.toString(draft.review().checklist().size()));
        cells.add(draft.review().decidedAt() == null ? "" : draft.review().decidedAt().toString());
        return row(cells).getBytes(StandardCharsets.UTF_8);
    }

    private static void addScores(List<String> cells, Scores scores) {
        for (ScoreName name : ScoreName.values()) {
            Integer value = scores.get(name);
            cells.add(value == null ? "" : value.toString());
        }
    }

    private static String finding(Finding f) {
        return f.severity().key() + " " + f.rule() + ": " + f.message();
    }

    private static String row(List<String> cells) {
        return cells.stream().map(CsvReportRenderer::cell).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
