package com.copydesk.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes draft files for tests. */
public final class DraftFiles {
    private DraftFiles() {
    }

    public static String draftJson(String reference, String title, String body) {
        return "{\"reference\":\"" + reference + "\",\"title\":\"" + title + "\",\"body\":\"" + body + "\","
                + "\"summary\":\"summary of " + title + "\",\"topic\":\"testing\","
                + "\"score\":{\"quality\":80,\"freshness\":80,\"depth\":80,\"clarity\":80},"
                + "\"checklist\":[\"first check\",\"second check\"]}";
    }

    public static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path lines(Path file, List<String> lines) {
        return write(file, String.join("\n", lines) + "\n");
    }

    public static Path gzip(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
