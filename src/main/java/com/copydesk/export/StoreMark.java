package com.copydesk.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a one-file export read and wrote, kept beside its manifest ({@code .NAME.copydesk-store}):
 * the store's file as the export's read saw it, a digest of the scope, the renderer's version, and
 * the sizes of what it wrote. An incremental export to the same file whose store still looks like
 * that, with the same scope and version, and whose file and manifest still have those sizes, would
 * write the same bytes: it stops there, without reading a draft or the manifest.
 */
record StoreMark(String storeState, String scope, String version, long drafts, long draftBytes, long manifestBytes) {
    private static final String HEADER = "copydesk-store-mark 1";

    /** The mark at {@code file}, or null when there is none or it is not one. */
    static StoreMark read(Path file) {
        List<String> lines;
        try {
            if (Files.size(file) > 4096) {
                return null;
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            return null;  // unreadable: the export checks every draft instead, which is never wrong
        }
        if (lines.size() != 7 || !lines.get(0).equals(HEADER)) {
            return null;
        }
        try {
            return new StoreMark(lines.get(1), lines.get(2), lines.get(3), Long.parseLong(lines.get(4)),
                    Long.parseLong(lines.get(5)), Long.parseLong(lines.get(6)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Writes the mark whole under a temporary name and moves it over {@code file}. */
    void write(Path file, Path temporary) throws IOException {
        String text = String.join("\n", HEADER, storeState, scope, version, Long.toString(drafts),
                Long.toString(draftBytes), Long.toString(manifestBytes)) + "\n";
        TempFile.write(temporary, text.getBytes(StandardCharsets.UTF_8));
        TempFile.moveIntoPlace(temporary, file);
    }

    /** A one-line digest of what the export covers (the scope's own text can hold any reference). */
    static String scopeOf(Object format, Object scope) {
        return Sha256.hex(format + " " + scope);
    }
}
