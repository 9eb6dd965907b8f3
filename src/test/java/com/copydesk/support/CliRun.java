package com.copydesk.support;

import com.copydesk.app.AppPaths;
import com.copydesk.app.Copydesk;
import com.copydesk.cli.Cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the command line in this JVM, as {@code java -jar copydesk.jar --db STORE ARGS...} would. */
public final class CliRun {
    public final int status;
    public final String out;
    public final String err;

    private CliRun(int status, String out, String err) {
        this.status = status;
        this.out = out;
        this.err = err;
    }

    public static CliRun run(Path store, Clock clock, String... args) {
        List<String> all = new ArrayList<>();
        if (store != null) {
            all.add("--db");
            all.add(store.toString());
        }
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppPaths paths = new AppPaths(Map.of(), "Linux", store == null ? Path.of("/nonexistent") : store.getParent());
        Cli cli = new Cli(paths::store, path -> Copydesk.open(path, clock),
                path -> Copydesk.openForReading(path, clock), paths.logFolder());
        int status = cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new CliRun(status, out.toString(), err.toString());
    }

    public List<String> lines() {
        return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- out\n" + out + "--- err\n" + err;
    }
}
