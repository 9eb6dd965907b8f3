package com.copydesk.importer;

import java.nio.file.Path;

/**
 * One file an import will read. {@code name} is how messages name it. {@code relative} is its
 * path inside the folder the import was given, with {@code /} between parts, or null for a file
 * named directly; {@code headlessSection} says that an {@code _index.md} above it cascades
 * "not rendered" to it (see {@link SiteSections}).
 */
public record SourceFile(Path path, String name, DraftFormat format, boolean gzip, long size, String relative,
                         boolean headlessSection) {

    /** A file named directly. */
    public SourceFile(Path path, String name, DraftFormat format, boolean gzip, long size) {
        this(path, name, format, gzip, size, null, false);
    }

    public boolean inFolder() {
        return relative != null;
    }

    /** The reference a page without one of its own takes (draft-format.md section 2). */
    public String pathReference() {
        return inFolder() ? PathReference.inFolder(relative) : PathReference.ofFileName(path.getFileName().toString());
    }

    SourceFile inHeadlessSection() {
        return new SourceFile(path, name, format, gzip, size, relative, true);
    }
}
