package com.copydesk.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

/** SQLite's native library is extracted once per driver version, and again only if its copy is damaged. */
class NativeSqliteTest {
    @TempDir
    Path dir;

    @Test
    void theLibraryIsExtractedOnceAndADamagedCopyReplaced() throws Exception {
        Path library = NativeSqlite.cachedCopy(dir);
        assertThat(library).isNotNull().isRegularFile().startsWith(dir);
        assertThat(library.toString()).contains("sqlite-jdbc-" + org.sqlite.SQLiteJDBCLoader.getVersion());
        long size = Files.size(library);
        assertThat(size).isGreaterThan(100_000);
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(library, old);

        assertThat(NativeSqlite.cachedCopy(dir)).isEqualTo(library);
        assertThat(Files.getLastModifiedTime(library)).as("the copy is reused, not written again").isEqualTo(old);

        Files.write(library, new byte[] {1, 2, 3});
        assertThat(NativeSqlite.cachedCopy(dir)).isEqualTo(library);
        assertThat(Files.size(library)).as("a truncated copy is extracted again").isEqualTo(size);
        try (var files = Files.list(library.getParent())) {
            assertThat(files).as("no half-written copy left").containsExactly(library);
        }
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheDriverToExtractItsOwn() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThat(NativeSqlite.cachedCopy(file)).isNull();
    }
}
