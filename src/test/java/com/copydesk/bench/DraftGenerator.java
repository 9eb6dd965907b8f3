package com.copydesk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Drafts shaped like the real sample (alphanode-004623.json): the same fields, sections, list,
 * image and notes, about the same size, with words, scores and dates varied by a seed. Every
 * {@code duplicateEvery}-th draft is a near copy of an earlier one with a few words changed.
 */
public final class DraftGenerator {
    private static final String[] PROBLEMS = {"testing critical paths before launch", "caching hot read paths",
            "indexing slow report queries", "retrying flaky background jobs", "rolling out schema migrations",
            "profiling memory in long running workers", "securing session tokens", "tracing requests across services",
            "paginating large result sets", "debouncing search input"};
    private static final String[] STACKS = {"python services", "java services", "go services", "node services",
            "rust services", "php applications"};
    private static final String[] TOOLS = {"git", "logs", "pytest", "ruff", "fastapi", "uvicorn", "maven", "junit",
            "gradle", "docker", "postgres", "redis", "grafana", "k6"};
    private static final String[] DIFFICULTY = {"beginner", "intermediate", "advanced"};
    private static final String[] WORDS = ("large content sites need predictable background work queues cron events "
            + "and import scripts should be idempotent logged safe to run again that makes recovery much easier when a "
            + "request stops halfway through database changes need extra care check the existing indexes inspect "
            + "query plan test migration on copy of real data fastest in development can still become slowest "
            + "production measure first change carefully document result keep final commands metrics assumptions "
            + "close article future maintenance easier another developer inspect understand repeat every service "
            + "owns its latency budget and error rate each deploy should be reversible within minutes").split(" ");

    private final long seed;
    private final int duplicateEvery;

    public DraftGenerator(long seed, int duplicateEvery) {
        this.seed = seed;
        this.duplicateEvery = duplicateEvery;
    }

    public Path writeJsonLines(Path file, int count) {
        return writeJsonLines(file, 0, count);
    }

    /** Drafts {@code from} (inclusive) to {@code to} (exclusive), as JSON Lines. */
    public Path writeJsonLines(Path file, int from, int to) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int n = from; n < to; n++) {
                    out.write(draft(n));
                    out.write('\n');
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draft n as one JSON line. */
    public String draft(int n) {
        boolean duplicate = duplicateEvery > 0 && n % duplicateEvery == duplicateEvery - 1 && n > 0;
        int source = duplicate ? n / 2 : n;
        Random random = new Random(seed * 7_919L + source);
        String problem = PROBLEMS[random.nextInt(PROBLEMS.length)];
        String stack = STACKS[random.nextInt(STACKS.length)];
        String imageUrl = "https://images.example.com/photo-" + source + "?w=1200";
        String caption = problem + " with " + stack + " visual reference 1";
        StringBuilder body = new StringBuilder();
        body.append(sentence(random, 30)).append("\\n\\n");
        body.append("![").append(caption).append("](").append(imageUrl).append(")\\n\\n");
        body.append("## production checks\\n\\n");
        body.append(sentence(random, 40)).append("\\n\\n").append(sentence(random, 40)).append("\\n\\n");
        body.append("## implementation checklist\\n\\n");
        List<String> checklist = List.of("review query plans", "add indexes carefully", "test with realistic data",
                "compare before and after metrics", "document the migration");
        for (String item : checklist) {
            body.append("- ").append(item).append("\\n");
        }
        body.append("\\n## final notes\\n\\n").append(sentence(random, 45)).append("\\n");
        String text = body.toString();
        if (duplicate) {
            // a near copy: the same draft with a few words changed and its own reference
            text = text.replaceFirst("database", "datastore").replaceFirst("measure", "gauge")
                    .replaceFirst("recovery", "restoring");
        }
        StringBuilder tools = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            tools.append(i == 0 ? "" : ",").append('"').append(TOOLS[random.nextInt(TOOLS.length)]).append('"');
        }
        int month = 1 + random.nextInt(12);
        String lastReviewed = (2024 + random.nextInt(3)) + "-" + (month < 10 ? "0" : "") + month + "-1"
                + random.nextInt(10);
        StringBuilder checklistJson = new StringBuilder();
        for (String item : checklist) {
            checklistJson.append(checklistJson.length() == 0 ? "" : ",").append('"').append(item).append('"');
        }
        return "{\"reference\":\"gen-ref-" + String.format("%07d", n) + "\","
                + "\"title\":\"" + (duplicate ? "revisited: " : "") + "production checklist for " + problem + " in "
                + stack + " #" + n + "\","
                + "\"body\":\"" + text + "\","
                + "\"topic\":\"" + problem + " / " + stack + "\","
                + "\"summary\":\"this ai-style technical summary explains " + problem + " in " + stack
                + ", with emphasis on measurement, safe defaults, rollback planning, and maintainable documentation.\","
                + "\"ai_outline\":{\"context\":\"for a content heavy programming website\",\"problem\":\"" + problem
                + "\",\"stack\":\"" + stack + "\",\"recommended_action\":\"measure first, change carefully, "
                + "document the result\"},"
                + "\"ai_brief\":\"the article is written like a careful ai generated engineering draft: it explains "
                + "the reason for the change, lists operational checks, and avoids pretending that one command fixes "
                + "every production case.\","
                + "\"stack\":[\"" + stack + "\",\"backend\"],\"tools\":[" + tools + "],"
                + "\"code_language\":\"" + stack.split(" ")[0] + "\","
                + "\"difficulty\":\"" + DIFFICULTY[random.nextInt(3)] + "\","
                + "\"reading_time\":" + (1 + random.nextInt(5)) + ",\"view_count\":" + random.nextInt(90_000) + ","
                + "\"score\":{\"quality\":" + score(random) + ",\"freshness\":" + score(random) + ",\"depth\":"
                + score(random) + ",\"clarity\":" + score(random) + "},"
                + "\"revision\":{\"status\":\"expanded\",\"version\":\"1." + random.nextInt(10) + "."
                + random.nextInt(10) + "\",\"last_reviewed\":\"" + lastReviewed + "\"},"
                + "\"hash\":\"" + Long.toHexString(random.nextLong()) + "\","
                + "\"flags\":{\"ai_generated_style\":1,\"has_images\":1,\"image_heavy\":0,\"needs_human_review\":"
                + (random.nextInt(8) == 0 ? 1 : 0) + "},"
                + "\"checklist\":[" + checklistJson + "],"
                + "\"entities\":[{\"name\":\"" + stack + "\",\"type\":\"stack\"},{\"name\":\"backend\",\"type\":"
                + "\"area\"},{\"name\":\"" + problem + "\",\"type\":\"problem\"}],"
                + "\"image_sources\":[{\"source\":\"unsplash\",\"url\":\"" + imageUrl + "\",\"caption\":\"" + caption
                + "\"}],"
                + "\"payload\":{\"source_id\":\"gen-" + n + "\",\"generator\":\"anp content synthesizer\","
                + "\"paragraphs\":4,\"scenario\":\"for a content heavy programming website\",\"seed\":" + n + "},"
                + "\"notes\":[\"sanitized array meta is expected to render as a list in the frontend box\","
                + "\"view count is synthetic and only used for testing meta volume\"" + (random.nextBoolean()
                ? ",\"content is generated for import/load testing and should be reviewed before indexing\"" : "")
                + "]}";
    }

    private static int score(Random random) {
        return 55 + random.nextInt(46);
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.append('.').toString();
    }
}
