package com.copydesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Every file of a folder with its bytes and modification time, to tell whether anything was touched. */
public record FolderSnapshot(Map<String, FileState> files) {

    public record FileState(byte[] bytes, FileTime modified) {
        @Override
        public boolean equals(Object other) {
            return other instanceof FileState state && Arrays.equals(bytes, state.bytes)
                    && modified.equals(state.modified);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes) * 31 + modified.hashCode();
        }

        @Override
        public String toString() {
            return bytes.length + " bytes, modified " + modified;
        }
    }

    public static FolderSnapshot of(Path folder) {
        Map<String, FileState> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : entries.toList()) {
                if (Files.isRegularFile(file)) {
                    files.put(file.getFileName().toString(),
                            new FileState(Files.readAllBytes(file), Files.getLastModifiedTime(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FolderSnapshot(files);
    }

    /** The files whose bytes or modification time differ from {@code before}, or that are new or gone. */
    public Set<String> changedSince(FolderSnapshot before) {
        Set<String> changed = new TreeSet<>();
        for (String name : files.keySet()) {
            if (!files.get(name).equals(before.files.get(name))) {
                changed.add(name);
            }
        }
        for (String name : before.files.keySet()) {
            if (!files.containsKey(name)) {
                changed.add(name);
            }
        }
        return changed;
    }
}
