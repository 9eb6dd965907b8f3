package com.copydesk.importer;

import com.copydesk.model.ImportError;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Expands what the editor gave (files and folders) into the draft files to read, in a stable
 * order. Folders are walked recursively without following links inside them (no cycles, no
 * escapes), though a folder named explicitly may itself be a link; files in them of other types
 * are passed over, while a file named explicitly that is of no known type is reported.
 */
public final class SourceFinder {

    public record Found(List<SourceFile> files, List<ImportError> problems) {
        public long totalBytes() {
            return files.stream().mapToLong(SourceFile::size).sum();
        }
    }

    public Found find(List<Path> paths) {
        List<SourceFile> files = new ArrayList<>();
        List<ImportError> problems = new ArrayList<>();
        for (Path path : paths) {
            String name = path.toString();
            if (!Files.exists(path)) {
                problems.add(new ImportError(name, null, null, "no such file or folder"));
            } else if (Files.isDirectory(path)) {
                walk(path, files, problems);
            } else if (!Files.isRegularFile(path)) {
                // a pipe or a device would be read until someone writes to it or for ever
                problems.add(new ImportError(name, null, null, "not a regular file"));
            } else {
                Optional<SourceFile> file = sourceFile(path, path);
                if (file.isPresent()) {
                    files.add(file.get());
                } else {
                    problems.add(new ImportError(name, null, null,
                            "not a draft file: expected .json, .jsonl, .ndjson, .md or .txt (optionally .gz)"));
                }
            }
        }
        return new Found(once(files), problems);
    }

    /**
     * Each file once, where it was first reached: a file named twice, or named and inside a folder
     * also named, would otherwise give each of its records twice.
     */
    private static List<SourceFile> once(List<SourceFile> files) {
        Set<Object> seen = new HashSet<>();
        List<SourceFile> unique = new ArrayList<>(files.size());
        for (SourceFile file : files) {
            if (seen.add(identity(file.path()))) {
                unique.add(file);
            }
        }
        return unique;
    }

    /** The file's identity on disk (device and inode where the system has them), else its real path. */
    private static Object identity(Path path) {
        try {
            Object key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
            return key != null ? key : path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private void walk(Path folder, List<SourceFile> files, List<ImportError> problems) {
        List<SourceFile> found = new ArrayList<>();
        try {
            // A walk does not enter a starting point that is a link: start at its target, name files by the link.
            Path start = Files.isSymbolicLink(folder) ? folder.toRealPath() : folder;
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean hidden = !dir.equals(start) && dir.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                        Path relative = start.relativize(file);
                        sourceFile(file, folder.resolve(relative)).map(f -> inFolder(f, relative)).ifPresent(found::add);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(new ImportError(file.toString(), null, null, "could not be read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new ImportError(folder.toString(), null, null, "could not be read: " + e.getMessage()));
        }
        found.sort(Comparator.comparing(SourceFile::name));
        files.addAll(found);
    }

    private static SourceFile inFolder(SourceFile file, Path relative) {
        StringBuilder parts = new StringBuilder();
        for (Path part : relative) {
            parts.append(parts.length() == 0 ? "" : "/").append(part);
        }
        return new SourceFile(file.path(), file.name(), file.format(), file.gzip(), file.size(), parts.toString(), false);
    }

    private static Optional<SourceFile> sourceFile(Path path, Path shownAs) {
        String fileName = path.getFileName().toString();
        return DraftFormat.forFileName(fileName).map(format -> {
            long size;
            try {
                size = Files.size(path);
            } catch (IOException e) {
                size = 0;
            }
            return new SourceFile(path, shownAs.toString(), format, DraftFormat.isGzip(fileName), size);
        });
    }
}
