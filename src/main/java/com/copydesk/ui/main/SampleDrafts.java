package com.copydesk.ui.main;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The sample drafts shipped inside the application (from the project's {@code resources/samples},
 * listed in its {@code index.list}), copied to a folder so that they import like any other files.
 */
public final class SampleDrafts {
    private static final String FOLDER = "/copydesk/samples/";
    /** Where they are copied; null: a new temporary folder each time. */
    private final Path into;

    /**
     * Copies to a folder of its own, which stays: each imported draft's history names the file it
     * came from, and a temporary folder the system empties would leave the history pointing nowhere.
     */
    public SampleDrafts(Path into) {
        this.into = into;
    }

    public SampleDrafts() {
        this(null);
    }

    public List<String> names() {
        try (InputStream in = SampleDrafts.class.getResourceAsStream(FOLDER + "index.list")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies every sample to the folder (a new temporary one if none was given) and returns it. */
    public Path extract() {
        try {
            Path folder = into == null ? Files.createTempDirectory("copydesk-samples")
                    : Files.createDirectories(into);
            for (String name : names()) {
                try (InputStream in = SampleDrafts.class.getResourceAsStream(FOLDER + name)) {
                    if (in != null) {
                        Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the sample drafts", e);
        }
    }
}
