package com.copydesk.importer;

import java.nio.file.Path;

/** One file an import will read. {@code name} is how messages name it. */
public record SourceFile(Path path, String name, DraftFormat format, boolean gzip, long size) {
}
