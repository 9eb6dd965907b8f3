package com.copydesk.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Generated drafts shaped like the real sample, for imports of realistic size in tests. */
public final class DraftCorpus {
    private static final String[] TOPICS = {"caching", "indexing", "queues", "testing", "logging", "migrations",
            "deployments", "profiling", "security", "retries"};
    private static final String[] STACKS = {"python services", "java services", "go services", "node services"};
    private static final String[] WORDS = ("the a of to and in for with on by request query index cache queue worker "
            + "database table column migration deploy rollback metric latency throughput error retry timeout log "
            + "trace span test fixture mock assert service client server api endpoint handler config secret token "
            + "user session page content article draft review editor publish build release version branch merge")
            .split(" ");

    private DraftCorpus() {
    }

    /** One draft as a JSON line; the same seed gives the same draft. */
    public static String draft(int n, long seed) {
        Random random = new Random(seed * 1_000_003L + n);
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        String stack = STACKS[random.nextInt(STACKS.length)];
        // a real draft says what it is about: its topic and stack are in its text (topic-mismatch)
        StringBuilder body = new StringBuilder("notes on " + topic + " for " + stack + " on the backend. ");
        for (int p = 0; p < 3; p++) {
            for (int w = 0; w < 40; w++) {
                body.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            body.setLength(body.length() - 1);
            body.append(".\\n\\n");
        }
        body.append("## implementation checklist\\n\\n- check one\\n- check two\\n");
        return "{\"reference\":\"gen-" + n + "\",\"title\":\"" + topic + " for " + stack + " #" + n + "\","
                + "\"body\":\"" + body + "\",\"topic\":\"" + topic + " / " + stack + "\","
                + "\"summary\":\"a generated summary about " + topic + "\",\"stack\":[\"" + stack + "\",\"backend\"],"
                + "\"tools\":[\"git\",\"logs\"],\"difficulty\":\"intermediate\",\"reading_time\":1,"
                + "\"score\":{\"quality\":" + (50 + random.nextInt(51)) + ",\"freshness\":" + (50 + random.nextInt(51))
                + ",\"depth\":" + (50 + random.nextInt(51)) + ",\"clarity\":" + (50 + random.nextInt(51)) + "},"
                + "\"revision\":{\"status\":\"draft\",\"version\":\"1.0.0\",\"last_reviewed\":\"2026-0"
                + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "\"},"
                + "\"flags\":{\"ai_generated_style\":1,\"has_images\":0,\"image_heavy\":0,\"needs_human_review\":"
                + (random.nextInt(10) == 0 ? 1 : 0) + "},"
                + "\"checklist\":[\"check one\",\"check two\"],\"payload\":{\"paragraphs\":3,\"seed\":" + n + "}}";
    }

    public static Path jsonLines(Path file, int count, long seed) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int n = 0; n < count; n++) {
                    out.write(draft(n, seed));
                    out.write('\n');
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
