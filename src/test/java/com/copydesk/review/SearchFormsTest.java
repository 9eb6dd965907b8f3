package com.copydesk.review;

import com.copydesk.app.Copydesk;
import com.copydesk.model.DraftFilter;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import static com.copydesk.support.DraftFiles.draftJson;
import static org.assertj.core.api.Assertions.assertThat;

/** Every search form, run against a real store: the drafts it finds, counted and listed alike. */
class SearchFormsTest {
    @TempDir
    static Path dir;
    private static Copydesk desk;

    @BeforeAll
    static void importDrafts() {
        desk = Copydesk.open(dir.resolve("store.db"), MutableClock.at("2026-11-25T10:00:00Z"));
        desk.imports().run(List.of(DraftFiles.lines(dir.resolve("in.jsonl"), List.of(
                draftJson("r1", "Rust caching", "async runtime and ai-style prose"),
                draftJson("r2", "Go caching", "connection pool tuning for ai"),
                draftJson("r3", "Python indexing", "rust appears in the body only, caching"),
                draftJson("r4", "Cache layers", "style of ai prose")))), TaskMonitor.NONE);
    }

    @AfterAll
    static void close() {
        desk.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "caching                       | r1 r2 r3",
            "cach*                         | r1 r2 r3 r4",
            "cach* AND NOT rust            | r2 r4",
            "caching NOT rust              | r2",
            "caching -rust                 | r2",
            "rust OR python                | r1 r3",
            "'\"connection pool\"'         | r2",
            "'\"pool connection\"'         | ''",
            "ai-style                      | r1",
            "ai -style                     | r2",
            "title:rust                    | r1",
            "body:rust                     | r3",
            "summary:python                | r3",
            "'title:\"go caching\"'        | r2",
            "title:cach*                   | r1 r2 r4",
            "(rust OR go) caching -body:rust | r1 r2",
            "caching -title:go             | r1 r3",
            "rust and caching              | r1",
    })
    void findsWhatTheFormMeans(String typed, String references) {
        DraftFilter filter = DraftFilter.ALL.withSearch(typed);
        List<Long> ids = new ArrayList<>();
        desk.queries().forEachId(filter, ids::add);
        TreeSet<String> found = new TreeSet<>();
        for (long id : ids) {
            found.add(desk.queries().find(id).orElseThrow().imported().reference());
        }
        List<String> expected = references.isBlank() ? List.of() : Arrays.asList(references.split(" "));
        assertThat(found).containsExactlyElementsOf(new TreeSet<>(expected));
        assertThat(desk.queries().count(filter)).isEqualTo(expected.size());
    }
}
