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

    /** Copies every sample to a new temporary folder and returns it. */
    public Path extract() {
        try {
            Path folder = Files.createTempDirectory("copydesk-samples");
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
