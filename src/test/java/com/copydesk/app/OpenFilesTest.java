package com.copydesk.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `copydesk DRAFTS...` opens the window on them; everything else keeps the launcher's contract. */
class OpenFilesTest {
    @TempDir
    Path dir;

    @Test
    void existingFilesAreOpenedWithOrWithoutAStore() throws Exception {
        Path a = Files.writeString(dir.resolve("a.jsonl"), "{}\n");
        Path b = Files.writeString(dir.resolve("b.ndjson"), "{}\n");
        assertThat(OpenFiles.parse(a.toString(), b.toString()))
                .contains(new OpenFiles(null, List.of(a, b)));
        assertThat(OpenFiles.parse("--db", "x.db", a.toString()))
                .contains(new OpenFiles(Path.of("x.db"), List.of(a)));
        assertThat(OpenFiles.parse("--db=x.db", a.toUri().toString()))
                .contains(new OpenFiles(Path.of("x.db"), List.of(a)));
    }

    @Test
    void commandsOptionsAndMissingFilesAreNotFilesToOpen() throws Exception {
        Path a = Files.writeString(dir.resolve("a.jsonl"), "{}\n");
        assertThat(OpenFiles.parse()).isEmpty();
        assertThat(OpenFiles.parse("--db", "x.db")).isEmpty();
        assertThat(OpenFiles.parse("stats", "--json")).isEmpty();
        assertThat(OpenFiles.parse("import", a.toString())).isEmpty();
        assertThat(OpenFiles.parse("--version")).isEmpty();
        assertThat(OpenFiles.parse(a.toString(), "--json")).isEmpty();
        assertThat(OpenFiles.parse(dir.resolve("missing.jsonl").toString())).isEmpty();
        assertThat(OpenFiles.parse(dir, "lsit")).isEmpty();
        assertThat(OpenFiles.parse(dir, "a.jsonl")).contains(new OpenFiles(null, List.of(a)));
    }

    @Test
    void aFileNamedLikeACommandStaysACommand() throws Exception {
        Path list = Files.writeString(dir.resolve("list"), "");
        assertThat(OpenFiles.parse(dir, "./list")).contains(new OpenFiles(null, List.of(list)));
        assertThat(OpenFiles.parse(dir, "list")).isEmpty();
    }
}
