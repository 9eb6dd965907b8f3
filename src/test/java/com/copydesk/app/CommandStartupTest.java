package com.copydesk.app;

import com.copydesk.review.TaskMonitor;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.copydesk.support.DraftFiles.draftJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command loads only what it needs: run as a user runs it, in a JVM of its own, a read command
 * loads no JavaFX, no window class, no rule, no YAML reader and no Jackson object mapper; and the
 * SQLite library is the one extracted once into the data folder.
 */
class CommandStartupTest {
    @TempDir
    Path dir;

    @Test
    void readCommandsLoadNoWindowNoRulesAndNoObjectMapper() throws Exception {
        Path store = dir.resolve("store.db");
        try (Copydesk desk = Copydesk.open(store, MutableClock.at("2026-11-25T10:00:00Z"))) {
            desk.imports().run(List.of(DraftFiles.lines(dir.resolve("in.jsonl"),
                    List.of(draftJson("r1", "One", "first body"), draftJson("r2", "Two", "second body")))), TaskMonitor.NONE);
        }
        for (List<String> command : List.of(List.of("stats", "--json"), List.of("show", "--json", "r1"),
                List.of("list", "--json", "--search", "body -second"), List.of("--version"))) {
            List<String> args = new ArrayList<>(List.of("--db", store.toString()));
            args.addAll(command);
            if (command.get(0).equals("--version")) {
                args = command;
            }
            Run run = runMain(args);
            assertThat(run.status).as(command + ": " + run.err).isZero();
            assertThat(run.loaded).as(command.toString()).contains("com.copydesk.app.Main");
            assertThat(run.loaded.stream().filter(c -> c.startsWith("javafx.") || c.startsWith("com.sun.javafx.")
                    || c.startsWith("com.copydesk.ui.") || c.startsWith("com.copydesk.rules.") || c.startsWith("org.yaml.")
                    || c.startsWith("com.fasterxml.jackson.databind.")).toList())
                    .as(command + ": no window, rules, YAML or object mapper").isEmpty();
            if (command.get(0).equals("--version")) {
                assertThat(run.loaded.stream().filter(c -> c.startsWith("org.sqlite.")
                        || c.equals("com.copydesk.cli.StatsCommand")).toList()).as("--version opens no store").isEmpty();
            } else {
                assertThat(run.loaded).as("only the command run is read by picocli")
                        .doesNotContain("com.copydesk.cli.ImportCommand");
            }
        }
        try (var found = Files.walk(dir.resolve("data"))) {
            assertThat(found.filter(p -> p.getFileName().toString().startsWith("libsqlitejdbc")).count())
                    .as("one copy of the native library, in the data folder").isEqualTo(1);
        }
        assertThat(runMain(List.of("--db", store.toString(), "list", "--search", "body OR")).status).isEqualTo(2);
    }

    private record Run(int status, String err, List<String> loaded) {
    }

    private Run runMain(List<String> args) throws IOException, InterruptedException {
        Path classes = Files.createTempFile(dir, "classes", ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-Xlog:class+load:file=" + classes, "-cp", System.getProperty("java.class.path"),
                "com.copydesk.app.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        builder.environment().remove("COPYDESK_DB");
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the command ends").isTrue();
        List<String> loaded = new ArrayList<>();
        for (String line : Files.readAllLines(classes, StandardCharsets.UTF_8)) {
            String[] parts = line.split(" ");
            if (parts.length > 1) {
                loaded.add(parts[1]);
            }
        }
        return new Run(process.exitValue(), Files.readString(dir.resolve("err.txt")), loaded);
    }
}
