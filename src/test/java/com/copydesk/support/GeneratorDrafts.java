package com.copydesk.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Drafts of the content generator's real shape, as {@code ../shared/tools/gen_drafts.py} makes
 * them (copied here: tests must not depend on the shared folder): a few topics and stacks, the
 * same intro and closing, paragraphs drawn from a bank of twelve sentences, a checklist drawn
 * from twelve items. Unrelated drafts of this shape share most of their words; that is what
 * makes them a hard test for a near-duplicate rule. Also makes planted copies of each kind a
 * spinner or a copier makes.
 */
public final class GeneratorDrafts {
    private static final String[][] STACKS = {
            {"python services", "backend", "python"}, {"node apis", "backend", "javascript"},
            {"go microservices", "backend", "go"}, {"java spring apps", "backend", "java"},
            {"rust command line tools", "tooling", "rust"}, {"react frontends", "frontend", "typescript"},
            {"postgres databases", "data", "sql"}};
    private static final String[] PROBLEMS = {
            "testing critical paths before launch", "reducing cold start latency", "migrating a legacy cron job",
            "paginating large result sets", "caching rendered pages", "rotating secrets without downtime",
            "profiling slow requests", "handling retries in background jobs", "shipping schema changes safely",
            "measuring search relevance", "cutting memory use in workers", "making imports idempotent"};
    private static final String[] SCENARIOS = {
            "for a content heavy programming website", "for a small team api", "for a documentation portal",
            "for an internal analytics dashboard", "for a high traffic news site"};
    private static final String[] CHECKS = {
            "review query plans", "add indexes carefully", "test with realistic data", "compare before and after metrics",
            "document the migration", "write a rollback plan", "add a load test", "check the error budget",
            "pin dependency versions", "log every retry", "measure p99 latency", "run the job twice on purpose"};
    private static final String[] SENTENCES = {
            "large content sites need predictable background work.",
            "queues, cron events, and import scripts should be idempotent, logged, and safe to run again.",
            "that makes recovery much easier when a request stops halfway through.",
            "database changes need extra care.",
            "check the existing indexes, inspect the query plan, and test the migration on a copy of real data.",
            "the fastest query in development can still become the slowest request in production.",
            "a small benchmark on realistic data tells more than a long meeting.",
            "keep the configuration next to the code that reads it.",
            "every alert should point to a runbook that a tired person can follow.",
            "measure before you tune, and write down what you measured.",
            "a rollback that nobody has tried is only a hope.",
            "feature flags let a risky change reach a few users first."};
    /** Words a spinner puts in: common English, some in the synonym table of the rule, most not. */
    private static final String[] SPIN_WORDS = ("quick rapid huge little simple tough vital alter verify obtain "
            + "often thus however issue approach outcome secure repair fault swiftly numerous retain record "
            + "strategy execute reveal additional calm steady plain proper solid clear fresh broad narrow "
            + "modern early late prompt ready smooth")
            .split(" ");
    private static final String[][] SYNONYM_PAIRS = {{"large", "big"}, {"small", "little"}, {"fastest", "quickest"},
            {"check", "verify"}, {"need", "require"}, {"easier", "simpler"}, {"change", "modification"},
            {"changes", "alterations"}, {"test", "trial"}, {"safe", "secure"}, {"measure", "gauge"},
            {"careful", "cautious"}, {"extra", "additional"}, {"every", "each"}, {"keep", "retain"},
            {"write", "record"}, {"much", "far"}, {"slowest", "most sluggish"}, {"inspect", "examine"},
            {"predictable", "foreseeable"}, {"tells", "reveals"}, {"risky", "hazardous"}};

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The kinds of planted copy. */
    public enum Kind { SPUN, SHUFFLED, SYNONYMS, RETITLED, EXACT, MARKUP }

    private GeneratorDrafts() {
    }

    /** Draft number {@code i} of a seed, as gen_drafts.py's make() shapes it. */
    public static ObjectNode draft(int i, long seed) {
        Random rnd = new Random(seed * 1_000_003L + i);
        String[] stack = STACKS[rnd.nextInt(STACKS.length)];
        String problem = PROBLEMS[rnd.nextInt(PROBLEMS.length)];
        String scenario = SCENARIOS[rnd.nextInt(SCENARIOS.length)];
        int n = 1000 + i;
        String ref = String.format("anp-ref-%06d-%d", n, 1000 + rnd.nextInt(9000));
        List<String> checks = sample(CHECKS, 3 + rnd.nextInt(4), rnd);
        String url = "https://images.unsplash.com/photo-" + (1_000_000_000_000L + (long) (rnd.nextDouble() * 9e12))
                + "?auto=format&fit=crop&w=1200&q=80";
        List<String> picked = sample(SENTENCES, 3 * (2 + rnd.nextInt(3)), rnd);
        StringBuilder body = new StringBuilder();
        body.append("this is a field note for developers who want a calm, readable solution. the focus is ")
                .append(problem).append(" in ").append(stack[0]).append(' ').append(scenario)
                .append(", with checks that can be reused later.\n\n");
        boolean image = rnd.nextDouble() < 0.8;
        if (image) {
            body.append("![").append(problem).append(" with ").append(stack[0]).append(" visual reference 1](")
                    .append(url).append(")\n\n");
        }
        body.append("## production checks\n\n");
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < picked.size(); p += 3) {
            paragraphs.add(String.join(" ", picked.subList(p, p + 3)));
        }
        body.append(String.join("\n\n", paragraphs)).append("\n\n");
        body.append("## implementation checklist\n\n");
        for (String c : checks) {
            body.append("- ").append(c).append('\n');
        }
        body.append("\n## final notes\n\nthe best result is not only a faster or cleaner ").append(stack[0])
                .append(" implementation. it is a change that another developer can inspect, understand, and safely repeat.\n");
        ObjectNode d = JSON.createObjectNode();
        d.put("reference", ref);
        d.put("title", "production checklist for " + problem + " in " + stack[0]);
        d.put("body", body.toString());
        d.put("topic", problem + " / " + stack[0]);
        d.put("summary", "this ai-style technical summary explains " + problem + " in " + stack[0] + ".");
        ArrayNode stacks = d.putArray("stack");
        stacks.add(stack[0]).add(stack[1]).add(stack[2]);
        d.putArray("tools").add("git");
        d.put("difficulty", "intermediate");
        d.put("reading_time", 1 + rnd.nextInt(12));
        ObjectNode score = d.putObject("score");
        for (String k : new String[] {"quality", "freshness", "depth", "clarity"}) {
            score.put(k, 40 + rnd.nextInt(61));
        }
        ArrayNode list = d.putArray("checklist");
        checks.forEach(list::add);
        return d;
    }

    /** A copy of a draft of one kind, under its own reference. */
    public static ObjectNode copy(ObjectNode original, Kind kind, String reference, Random rnd) {
        ObjectNode copy = original.deepCopy();
        copy.put("reference", reference);
        String body = original.get("body").asText();
        switch (kind) {
            case SPUN -> copy.put("body", spin(body, 0.03 + rnd.nextDouble() * 0.12, rnd));
            case SHUFFLED -> copy.put("body", shuffle(body, rnd));
            case SYNONYMS -> copy.put("body", synonyms(body));
            case RETITLED -> copy.put("title", "a fresh look at " + original.get("title").asText().replace("production ", ""));
            case EXACT -> { }
            case MARKUP -> copy.put("body", body.replace("## ", "### ").replace("\n- ", "\n* ")
                    .replace(". ", ".  ").replace("\n\n", "\n\n\n") + "\n");
        }
        return copy;
    }

    /** Replaces a share of the words (not the image link) with other words. */
    public static String spin(String body, double share, Random rnd) {
        String[] lines = body.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l];
            if (!line.startsWith("![")) {
                String[] words = line.split(" ", -1);
                for (int w = 0; w < words.length; w++) {
                    if (!words[w].isEmpty() && !words[w].startsWith("#") && !words[w].equals("-")
                            && rnd.nextDouble() < share) {
                        String punct = words[w].replaceAll("^.*?([.,]*)$", "$1");
                        words[w] = SPIN_WORDS[rnd.nextInt(SPIN_WORDS.length)] + punct;
                    }
                }
                line = String.join(" ", words);
            }
            out.append(line);
            if (l < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The sentences of each paragraph in another order, and the paragraphs of the checks too. */
    public static String shuffle(String body, Random rnd) {
        String[] blocks = body.split("\n\n", -1);
        List<Integer> prose = new ArrayList<>();
        for (int b = 0; b < blocks.length; b++) {
            String block = blocks[b];
            if (!block.startsWith("#") && !block.startsWith("!") && !block.startsWith("-") && block.contains(". ")) {
                List<String> sentences = new ArrayList<>(List.of(block.split("(?<=\\.) ")));
                Collections.shuffle(sentences, rnd);
                blocks[b] = String.join(" ", sentences);
                prose.add(b);
            }
        }
        // paragraphs of the "production checks" section change places too
        List<String> moved = new ArrayList<>();
        for (int b : prose) {
            moved.add(blocks[b]);
        }
        List<Integer> middle = prose.subList(Math.min(1, prose.size()), Math.max(Math.min(1, prose.size()), prose.size() - 1));
        List<String> middleText = new ArrayList<>();
        for (int b : middle) {
            middleText.add(blocks[b]);
        }
        Collections.shuffle(middleText, rnd);
        for (int k = 0; k < middle.size(); k++) {
            blocks[middle.get(k)] = middleText.get(k);
        }
        return String.join("\n\n", blocks);
    }

    static String synonyms(String body) {
        String out = " " + body;
        for (String[] pair : SYNONYM_PAIRS) {
            out = out.replace(" " + pair[0] + " ", " " + pair[1] + " ");
        }
        return out.substring(1);
    }

    public static String json(ObjectNode draft) {
        try {
            return JSON.writeValueAsString(draft);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> sample(String[] from, int k, Random rnd) {
        List<String> all = new ArrayList<>(List.of(from));
        Collections.shuffle(all, rnd);
        return new ArrayList<>(all.subList(0, k));
    }
}
