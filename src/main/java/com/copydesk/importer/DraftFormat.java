package com.copydesk.importer;

import java.util.Locale;
import java.util.Optional;

/** The shapes a draft file comes in, known by the file name's ending ({@code .gz} aside). */
public enum DraftFormat {
    JSON(".json"), JSON_LINES(".jsonl", ".ndjson"), MARKDOWN(".md", ".markdown"), POST_PAGE(".txt");

    private final String[] endings;

    DraftFormat(String... endings) {
        this.endings = endings;
    }

    public static Optional<DraftFormat> forFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        for (DraftFormat format : values()) {
            for (String ending : format.endings) {
                if (name.endsWith(ending)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    public static boolean isGzip(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
