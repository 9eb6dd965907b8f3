package com.copydesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts {@link EditorDriver}s, one JVM each, on one store at once, and reads back what each did. */
public final class EditorDrivers {
    private EditorDrivers() {
    }

    /** What one driver did: every draft it was given by a claim, every decision, with their times. */
    public record Run(String editor, int exit, List<String> claimed, Map<String, String> decided, List<String> duplicates,
                      List<String> refused, List<Long> claimMicros, List<Long> decideMicros, boolean finished, String err) {
    }

    public static List<Run> run(Path db, int editors, int seconds, Path logs) throws IOException, InterruptedException {
        Files.createDirectories(logs);
        List<Process> processes = new ArrayList<>();
        List<Path> outs = new ArrayList<>();
        for (int e = 0; e < editors; e++) {
            Path out = logs.resolve("editor" + e + ".out");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), EditorDriver.class.getName(), db.toString(),
                    "editor" + e, String.valueOf(seconds));
            builder.environment().put("XDG_DATA_HOME", logs.resolve("data" + e).toString());
            builder.environment().remove("COPYDESK_EDITOR");
            builder.redirectOutput(out.toFile());
            builder.redirectError(logs.resolve("editor" + e + ".err").toFile());
            processes.add(builder.start());
            outs.add(out);
        }
        List<Run> runs = new ArrayList<>();
        for (int e = 0; e < editors; e++) {
            Process process = processes.get(e);
            if (!process.waitFor(seconds + 120L, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            runs.add(parse("editor" + e, process.exitValue(), Files.readAllLines(outs.get(e), StandardCharsets.UTF_8),
                    Files.readString(logs.resolve("editor" + e + ".err"))));
        }
        return runs;
    }

    private static Run parse(String editor, int exit, List<String> lines, String err) {
        List<String> claimed = new ArrayList<>();
        Map<String, String> decided = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<Long> claimMicros = new ArrayList<>();
        List<Long> decideMicros = new ArrayList<>();
        boolean finished = false;
        for (String line : lines) {
            String[] f = line.split(" ");
            switch (f[0]) {
                case "claim" -> {
                    claimMicros.add(Long.parseLong(f[1]));
                    claimed.addAll(Arrays.asList(f).subList(2, f.length));
                }
                case "decide" -> {
                    decideMicros.add(Long.parseLong(f[1]));
                    if (decided.put(f[2], f[3]) != null) {
                        duplicates.add(f[2]);
                    }
                }
                case "refused" -> refused.add(line);
                case "done" -> finished = true;
                default -> refused.add("unexpected: " + line);
            }
        }
        return new Run(editor, exit, claimed, decided, duplicates, refused, claimMicros, decideMicros, finished, err);
    }

    /** The p-th percentile of these times, in ms. */
    public static double percentileMillis(List<Long> micros, int p) {
        if (micros.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(micros);
        sorted.sort(null);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }
}
