package com.copydesk.cli;

import com.copydesk.model.DraftStats;
import com.copydesk.model.ReviewStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts by status and by flag rule.")
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    CopydeskCommand top;

    @Option(names = "--json", description = "{total, by_status, by_rule, flagged}")
    boolean json;

    @Override
    public Integer call() {
        CliContext context = top.context();
        DraftStats stats = context.readWorkspace().queries().stats();
        PrintWriter out = context.out(json);
        if (json) {
            JsonOut.line(out, g -> {
                g.writeStartObject();
                g.writeNumberField("total", stats.total());
                g.writeObjectFieldStart("by_status");
                for (ReviewStatus status : ReviewStatus.values()) {
                    g.writeNumberField(status.key(), stats.byStatus().getOrDefault(status, 0L));
                }
                g.writeEndObject();
                g.writeObjectFieldStart("by_rule");
                for (Map.Entry<String, Long> e : stats.byRule().entrySet()) {
                    g.writeNumberField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeNumberField("flagged", stats.flagged());
                g.writeEndObject();
            });
        } else {
            out.printf("total     %d%n", stats.total());
            for (ReviewStatus status : ReviewStatus.values()) {
                out.printf("%-9s %d%n", status.key(), stats.byStatus().getOrDefault(status, 0L));
            }
            out.printf("flagged   %d%n", stats.flagged());
            if (!stats.byRule().isEmpty()) {
                out.println("by rule:");
                stats.byRule().forEach((rule, n) -> out.printf("  %-20s %d%n", rule, n));
            }
        }
        return ExitCode.OK;
    }
}
