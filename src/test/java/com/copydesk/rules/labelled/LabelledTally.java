package com.copydesk.rules.labelled;

import com.copydesk.model.Finding;
import com.copydesk.model.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the rules made of a labelled set: per planted "rule / kind" how many were found at warn or
 * above, per clean kind how many were flagged at warn or above, and the table the README shows.
 */
final class LabelledTally {
    /** "rule / kind" → {planted, found}. */
    final Map<String, int[]> planted = new TreeMap<>();
    /** clean kind → {drafts, flagged}. */
    final Map<String, int[]> clean = new TreeMap<>();
    final List<String> missed = new ArrayList<>();
    final List<String> cleanFlagged = new ArrayList<>();
    private int cleanCount;
    private int cleanFlaggedCount;

    static boolean flags(Finding finding) {
        return finding.severity() != Severity.INFO;
    }

    /** Counts a clean draft; {@code label} names it in the list of those flagged. */
    void clean(String kind, String label, List<Finding> findings) {
        List<Finding> flagging = findings.stream().filter(LabelledTally::flags).toList();
        int[] tally = clean.computeIfAbsent(kind, k -> new int[2]);
        tally[0]++;
        cleanCount++;
        if (!flagging.isEmpty()) {
            tally[1]++;
            cleanFlaggedCount++;
            cleanFlagged.add(label + ": " + flagging);
        }
    }

    /** Counts a planted defect of {@code rule}: found when that rule flags the draft. */
    void planted(String rule, String kind, String label, List<Finding> findings) {
        int[] tally = planted.computeIfAbsent(rule + " / " + kind, k -> new int[2]);
        tally[0]++;
        if (findings.stream().anyMatch(f -> f.rule().equals(rule) && flags(f))) {
            tally[1]++;
        } else if (missed.size() < 200) {
            missed.add(rule + " / " + kind + ": " + label);
        }
    }

    int cleanCount() {
        return cleanCount;
    }

    double cleanFlaggedPercent() {
        return 100.0 * cleanFlaggedCount / cleanCount;
    }

    /** Planted and found per rule, all its kinds together. */
    Map<String, int[]> byRule() {
        Map<String, int[]> byRule = new TreeMap<>();
        planted.forEach((kind, t) -> {
            int[] r = byRule.computeIfAbsent(kind.substring(0, kind.indexOf(" / ")), k -> new int[2]);
            r[0] += t[0];
            r[1] += t[1];
        });
        return byRule;
    }

    static double percent(int[] t) {
        return 100.0 * t[1] / t[0];
    }

    /** Per rule, then (with {@code kinds}) each kind under it; then the clean drafts. */
    String table(boolean kinds) {
        StringBuilder out = new StringBuilder("| rule / kind | planted | found | recall |\n| --- | --- | --- | --- |\n");
        byRule().forEach((rule, r) -> {
            out.append(row("**`" + rule + "`**", r));
            if (kinds) {
                planted.forEach((kind, t) -> {
                    if (kind.startsWith(rule + " / ")) {
                        out.append(row("  " + kind.substring(rule.length() + 3), t));
                    }
                });
            }
        });
        out.append("\n| clean kind | drafts | flagged (warn+) |\n| --- | --- | --- |\n");
        clean.forEach((kind, t) -> out.append(String.format(Locale.ROOT, "| %s | %d | %d |%n", kind, t[0], t[1])));
        out.append(String.format(Locale.ROOT, "| all clean drafts | %d | %d (%.1f %%) |%n", cleanCount, cleanFlaggedCount,
                cleanFlaggedPercent()));
        return out.toString();
    }

    private static String row(String name, int[] t) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.1f %% |%n", name, t[0], t[1], percent(t));
    }

    /** Prints the table, the misses and the clean drafts flagged, and writes the table to target/{@code file}. */
    void report(String file, boolean kinds) throws IOException {
        String table = table(kinds);
        System.out.println(table);
        missed.forEach(m -> System.out.println("MISSED " + m));
        cleanFlagged.forEach(c -> System.out.println("CLEAN FLAGGED " + c));
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve(file), table);
        }
    }
}
