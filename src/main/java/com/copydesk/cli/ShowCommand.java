package com.copydesk.cli;

import com.copydesk.model.ChecklistItem;
import com.copydesk.model.Finding;
import com.copydesk.model.HistoryEntry;
import com.copydesk.model.ScoreName;
import com.copydesk.model.Scores;
import com.copydesk.model.StoredDraft;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "show", mixinStandardHelpOptions = true, description = "One draft as it stands now, with its review state.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    CopydeskCommand top;

    @Option(names = "--json", description = "The draft in the interchange form plus a review object.")
    boolean json;

    @Parameters(paramLabel = "REFERENCE")
    String reference;

    @Override
    public Integer call() {
        CliContext context = top.context();
        var queries = context.readingWorkspace().queries();
        Optional<StoredDraft> found = queries.find(reference);
        if (found.isEmpty()) {
            context.err().println("No draft with the reference '" + reference + "' in the store.");
            return ExitCode.PARTLY;
        }
        StoredDraft draft = found.get();
        List<HistoryEntry> history = queries.history(draft.id());
        PrintWriter out = context.out(json);
        if (json) {
            out.println(context.readingWorkspace().documents().toJson(draft, history, queries.claim(draft.id())));
        } else {
            printText(out, draft, history);
        }
        return ExitCode.OK;
    }

    private static void printText(PrintWriter out, StoredDraft stored, List<HistoryEntry> history) {
        var d = stored.current();
        out.println(d.title());
        out.println("reference: " + d.reference());
        out.println("status:    " + stored.status().key()
                + (stored.review().statusReason() == null ? "" : " (" + stored.review().statusReason() + ")"));
        if (d.topic() != null) {
            out.println("topic:     " + d.topic());
        }
        Scores imported = stored.imported().scoreOrEmpty();
        Scores editor = stored.review().editorScores();
        StringBuilder scores = new StringBuilder();
        for (ScoreName name : ScoreName.values()) {
            Integer now = d.scoreOrEmpty().get(name);
            scores.append(name.key()).append(' ').append(now == null ? "-" : now);
            if (editor.get(name) != null) {
                scores.append(" (imported ").append(imported.get(name) == null ? "-" : imported.get(name)).append(')');
            }
            scores.append("  ");
        }
        out.println("scores:    " + scores.toString().strip());
        out.println();
        out.println(stored.findings().isEmpty() ? "findings:  none" : "findings:");
        for (Finding f : stored.findings()) {
            out.printf("  %-5s %-18s %s%n", f.severity().key(), f.rule(), f.message());
        }
        List<ChecklistItem> checklist = stored.review().checklist();
        if (!checklist.isEmpty()) {
            out.println("checklist:");
            for (int i = 0; i < checklist.size(); i++) {
                ChecklistItem item = checklist.get(i);
                out.printf("  [%s] %d. %s%n", item.done() ? "x" : " ", i + 1, item.text());
            }
        }
        if (stored.review().note() != null) {
            out.println("note:      " + stored.review().note());
        }
        out.println();
        out.println(d.body().strip());
        out.println();
        out.println("history:");
        for (HistoryEntry h : history) {
            out.printf("  %s  %-8s %s: %s -> %s%n", h.at(), h.action(), h.field(), abbreviate(h.oldValue()),
                    abbreviate(h.newValue()));
        }
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "-";
        }
        String flat = value.replace('\n', ' ');
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }
}
