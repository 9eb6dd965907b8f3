package com.copydesk.bench;

import com.copydesk.interchange.DraftJson;
import com.copydesk.model.Draft;
import com.copydesk.rules.BodyFacts;
import com.copydesk.rules.CorpusFacts;
import com.copydesk.rules.Rule;
import com.copydesk.rules.RuleContext;
import com.copydesk.rules.ruleset.RuleSet;
import com.copydesk.rules.ruleset.RuleSetLoader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules alone, without the store: N drafts of the generator's shape (as the import
 * benchmark writes them) parsed once, then, several rounds, the body analysed once per draft
 * (BodyFacts, which every rule shares) and each enabled rule of the defaults run over all drafts.
 * Prints the median time per 1,000 drafts of the analysis and of each rule, and the content
 * rules' share against the rest. Times are the thread's CPU time, not the wall clock: on a
 * shared machine the wall clock counts the other processes' turns too. Usage: {@code bench/run.sh RulesBenchmark [N] [ROUNDS]}
 * (default 10000 drafts, 7 rounds).
 */
public final class RulesBenchmark {
    /** The content-defect rules the issue asked for; the "rules off" side leaves them out. */
    private static final Set<String> NEW_RULES = Set.of("chatbot-leftover", "placeholder", "truncated", "repeated-text",
            "broken-markdown", "empty-section", "unsafe-link", "topic-mismatch", "future-date");

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        DraftGenerator generator = new DraftGenerator(1, 50);
        DraftJson json = new DraftJson();
        List<Draft> drafts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            drafts.add(json.parse(generator.draft(i)));
        }
        RuleSet rules = new RuleSetLoader().defaults();
        LocalDate today = LocalDate.of(2026, 12, 7);
        Map<String, long[]> times = new LinkedHashMap<>();
        times.put("body analysis (BodyFacts)", new long[rounds]);
        for (Rule rule : rules.rules()) {
            times.put(rule.id(), new long[rounds]);
        }
        int findings = 0;
        for (int round = -1; round < rounds; round++) { // round -1 warms the JIT up
            long start = cpuNanos();
            List<RuleContext> contexts = new ArrayList<>(n);
            for (Draft draft : drafts) {
                contexts.add(new RuleContext(today, BodyFacts.of(draft.body()), CorpusFacts.NONE));
            }
            long parsed = cpuNanos() - start;
            if (round >= 0) {
                times.get("body analysis (BodyFacts)")[round] = parsed;
            }
            for (Rule rule : rules.rules()) {
                long t0 = cpuNanos();
                for (int i = 0; i < n; i++) {
                    findings += rule.check(drafts.get(i), contexts.get(i)).size();
                }
                if (round >= 0) {
                    times.get(rule.id())[round] = cpuNanos() - t0;
                }
            }
        }
        double perK = 1_000.0 / n;
        double newRules = 0;
        double oldRules = 0;
        System.out.printf(Locale.ROOT, "%,d drafts, %d rounds (median, thread CPU time), load average %s%n", n, rounds, loadAverage());
        System.out.printf(Locale.ROOT, "| step | ms per 1,000 drafts |%n| --- | --- |%n");
        for (Map.Entry<String, long[]> e : times.entrySet()) {
            double ms = median(e.getValue()) / 1e6 * perK;
            if (NEW_RULES.contains(e.getKey())) {
                newRules += ms;
            } else {
                oldRules += ms;
            }
            System.out.printf(Locale.ROOT, "| %s%s | %.1f |%n", e.getKey(), NEW_RULES.contains(e.getKey()) ? " (new)" : "", ms);
        }
        System.out.printf(Locale.ROOT, "new content rules %.1f ms, analysis and the other rules %.1f ms per 1,000 drafts (%d findings)%n",
                newRules, oldRules, findings);
    }

    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
