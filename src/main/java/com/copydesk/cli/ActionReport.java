package com.copydesk.cli;

import com.copydesk.review.ReviewActions.Outcome;

import java.io.PrintWriter;

/** How the editing commands report: what changed, what was refused and why, what was not found. */
final class ActionReport {
    private ActionReport() {
    }

    static int print(CliContext context, String verb, Outcome outcome) {
        PrintWriter out = context.out();
        out.printf("%s %d, unchanged %d%n", verb, outcome.changed(), outcome.unchanged());
        for (String refusal : outcome.refused()) {
            context.err().println("refused: " + refusal);
        }
        for (String reference : outcome.notFound()) {
            context.err().println("not found: no draft with the reference '" + reference + "'");
        }
        return outcome.refused().isEmpty() && outcome.notFound().isEmpty() ? ExitCode.OK : ExitCode.PARTLY;
    }
}
