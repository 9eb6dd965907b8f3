package com.copydesk.cli;

import com.copydesk.model.StoreCheckResult;
import com.copydesk.review.StoreMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "check-store", mixinStandardHelpOptions = true,
        description = "Check the whole store (every page, row and index) without writing to it, and its backups.")
final class CheckStoreCommand implements Callable<Integer> {
    @ParentCommand
    CopydeskCommand top;

    @Option(names = "--json", description = "{file, ok, problems, schema_version, seconds, backups: [{file, ok, problem}]}")
    boolean json;

    @Override
    public Integer call() {
        CliContext context = top.context();
        StoreCheckResult result = StoreMaintenance.check(context.storePath());
        PrintWriter out = context.out(json);
        if (json) {
            JsonOut.line(out, g -> {
                g.writeStartObject();
                g.writeStringField("file", result.file().toString());
                g.writeBooleanField("ok", result.sound());
                g.writeArrayFieldStart("problems");
                for (String problem : result.problems()) {
                    g.writeString(problem);
                }
                g.writeEndArray();
                g.writeNumberField("schema_version", result.schemaVersion());
                g.writeNumberField("seconds", Math.round(result.seconds() * 1000) / 1000.0);
                g.writeArrayFieldStart("backups");
                for (StoreCheckResult.Backup backup : result.backups()) {
                    g.writeStartObject();
                    g.writeStringField("file", backup.file().toString());
                    g.writeBooleanField("ok", backup.sound());
                    g.writeStringField("problem", backup.problem());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            });
        } else if (result.sound()) {
            out.printf("ok: %s is sound (schema version %d; checked in %.1f s)%n", result.file(), result.schemaVersion(),
                    result.seconds());
        } else {
            out.printf("damaged: %s (checked in %.1f s)%n", result.file(), result.seconds());
            result.problems().stream().limit(20).forEach(p -> out.println("  " + p));
            if (result.problems().size() > 20) {
                out.printf("  ... and %d more%n", result.problems().size() - 20);
            }
            out.println(result.advice());
            out.println("To save what can still be read: copydesk --db " + result.file() + " recover --to NEW.db");
        }
        return result.sound() ? ExitCode.OK : ExitCode.STORE;
    }
}
