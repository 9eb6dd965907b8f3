package com.copydesk.cli;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.DraftRow;
import com.copydesk.model.QueueKey;
import com.copydesk.model.QueueSort;
import com.copydesk.model.ReviewStatus;
import com.copydesk.review.DraftQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Drafts matching the filters, newest first.")
final class ListCommand implements Callable<Integer> {
    private static final int PAGE = 500;

    @ParentCommand
    CopydeskCommand top;

    @Option(names = "--json", description = "One JSON object per line: reference, title, status, flags.")
    boolean json;

    @Option(names = "--status", paramLabel = "S", converter = StatusConverter.class,
            description = "pending, approved or rejected.")
    ReviewStatus status;

    @Option(names = "--flagged", description = "Only drafts a rule flags (a warn or block finding).")
    boolean flagged;

    @Option(names = "--rule", paramLabel = "RULE", description = "Only drafts with a finding of this rule.")
    String rule;

    @Option(names = "--search", paramLabel = "QUERY",
            description = "Full-text search over title, summary and body: words (all must match), prefix*, "
                    + "\"a phrase\", a OR b, a AND NOT b, a -b, title:/summary:/body:word, (groups).")
    String search;

    @Option(names = "--near", paramLabel = "REF",
            description = "Only the draft REF and its direct near-duplicate twins (not their twins in turn).")
    String near;

    @Option(names = "--limit", paramLabel = "N", description = "At most N drafts.")
    Integer limit;

    @Override
    public Integer call() {
        CliContext context = top.context();
        if (limit != null && limit < 0) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--limit must be 0 or more, not " + limit);
        }
        DraftFilter filter = DraftFilter.ALL.withStatuses(status == null ? Set.of() : Set.of(status))
                .withFlaggedOnly(flagged).withRule(rule).withSearch(search);
        SearchSyntax.check(filter.search(), this);
        if (rule != null && !com.copydesk.review.ReviewRules.isRule(rule)) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--rule: there is no rule '"
                    + rule + "'; the rules are " + String.join(", ", com.copydesk.review.ReviewRules.ruleIds()));
        }
        DraftQueries queries = context.readingWorkspace().queries();
        if (near != null) {
            var draft = queries.find(near);
            if (draft.isEmpty()) {
                context.err().println("No draft with the reference '" + near + "' in the store.");
                return ExitCode.PARTLY;
            }
            filter = filter.withNearOf(draft.get().id());
        }
        PrintWriter out = context.out(json);
        var plan = queries.plan(filter, queries.count(filter));
        long remaining = limit == null ? Long.MAX_VALUE : limit;
        QueueKey last = null;
        while (remaining > 0) {
            List<DraftRow> rows = queries.page(filter, QueueSort.NEWEST_FIRST, last, (int) Math.min(PAGE, remaining),
                    plan);
            for (DraftRow row : rows) {
                print(out, row);
            }
            if (rows.size() < Math.min(PAGE, remaining)) {
                break;
            }
            remaining -= rows.size();
            last = rows.get(rows.size() - 1).key();
        }
        return ExitCode.OK;
    }

    private void print(PrintWriter out, DraftRow row) {
        if (json) {
            JsonOut.line(out, g -> {
                g.writeStartObject();
                g.writeStringField("reference", row.reference());
                g.writeStringField("title", row.title());
                g.writeStringField("status", row.status().key());
                g.writeArrayFieldStart("flags");
                for (String ruleId : row.ruleIds()) {
                    g.writeString(ruleId);
                }
                g.writeEndArray();
                g.writeEndObject();
            });
        } else {
            String flags = row.ruleIds().isEmpty() ? "-" : String.join(",", row.ruleIds());
            out.printf("%s\t%s\t%s\t%s%n", TerminalSafeWriter.field(row.reference()), row.status().key(), flags,
                    TerminalSafeWriter.field(row.title()));
        }
    }
}
