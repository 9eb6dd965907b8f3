package com.copydesk.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample drafts shipped in resources/samples, as the jar holds them. */
public final class Samples {
    public static final String REFERENCE = "anp-ref-004623-3568";
    public static final String JSON = "alphanode-004623.json";
    public static final String PAGE = "alphanode-004623.txt";

    private Samples() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/copydesk/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("sample " + name + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** Copies a sample into a folder and returns its path there. */
    public static Path copy(String name, Path folder) {
        try {
            Files.createDirectories(folder);
            return Files.write(folder.resolve(name), bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
