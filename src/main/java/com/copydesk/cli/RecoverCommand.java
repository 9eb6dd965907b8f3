package com.copydesk.cli;

import com.copydesk.model.RecoveryResult;
import com.copydesk.review.StoreMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "recover", mixinStandardHelpOptions = true,
        description = "Copy every draft, review and history row that can still be read from a damaged store (--db)"
                + " into a new store, and say what could not be read. The damaged store is only read.")
final class RecoverCommand implements Callable<Integer> {
    @ParentCommand
    CopydeskCommand top;

    @Option(names = "--to", required = true, paramLabel = "NEW", description = "The new store to write (must not exist).")
    Path to;

    @Option(names = "--json", description = "{from, to, complete, tables: [{table, copied, unreadable}], orphans_dropped}")
    boolean json;

    @Override
    public Integer call() {
        CliContext context = top.context();
        RecoveryResult result = StoreMaintenance.recover(context.storePath(), to, Clock.systemUTC());
        PrintWriter out = context.out(json);
        if (json) {
            JsonOut.line(out, g -> {
                g.writeStartObject();
                g.writeStringField("from", result.from().toString());
                g.writeStringField("to", result.to().toString());
                g.writeBooleanField("complete", result.complete());
                g.writeArrayFieldStart("tables");
                for (RecoveryResult.Table table : result.tables()) {
                    g.writeStartObject();
                    g.writeStringField("table", table.table());
                    g.writeNumberField("copied", table.copied());
                    g.writeArrayFieldStart("unreadable");
                    for (String range : table.unreadable()) {
                        g.writeString(range);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeNumberField("orphans_dropped", result.orphansDropped());
                g.writeEndObject();
            });
        } else {
            out.printf("recovered %s into %s%n", result.from(), result.to());
            for (RecoveryResult.Table table : result.tables()) {
                out.printf("  %-14s %,d rows%s%n", table.table(), table.copied(),
                        table.unreadable().isEmpty() ? "" : "; could not read " + String.join(", ", table.unreadable()));
            }
            if (result.orphansDropped() > 0) {
                out.printf("  dropped %,d rows whose draft or change could not be read%n", result.orphansDropped());
            }
            out.println(result.complete() ? "Everything was read." : "Some rows could not be read (listed above).");
            out.println("Use it with --db " + result.to() + "; the rules flag its drafts again on first use.");
        }
        return result.complete() ? ExitCode.OK : ExitCode.PARTLY;
    }
}
