package com.copydesk.store;

import com.copydesk.app.Copydesk;
import com.copydesk.support.PlanStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query of the overview counts through an index: it never reads the rows of the draft
 * table (nor of the findings) and sorts nothing, so that it stays quick on a million drafts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewPlanTest {
    @TempDir
    static Path dir;
    private Copydesk desk;
    private Map<String, List<String>> plans;

    @BeforeAll
    void storeWithDrafts() {
        desk = PlanStore.open(dir, 300);
        plans = desk.store().read(c -> new OverviewRepository().explain(c));
    }

    @AfterAll
    void close() {
        desk.close();
    }

    Stream<String> queries() {
        return plans.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void countsThroughAnIndexWithoutSorting(String query) {
        List<String> plan = plans.get(query);
        String shown = query + ":\n" + String.join("\n", plan);
        assertThat(plan).as(shown).isNotEmpty();
        // A scan walks a whole index whose entries hold all it needs, never the table's rows.
        assertThat(plan).as(shown).filteredOn(line -> line.startsWith("SCAN ") && !line.equals("SCAN CONSTANT ROW"))
                .allMatch(line -> line.contains(" USING COVERING INDEX "));
        assertThat(plan).as(shown).filteredOn(line -> line.startsWith("SEARCH "))
                .allMatch(line -> line.contains(" USING COVERING INDEX ") || query.equals("rule severity"));
        assertThat(plan).as(shown).noneMatch(line -> line.contains("TEMP B-TREE"));
        assertThat(plan).as(shown).anyMatch(line -> line.contains(" INDEX "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void eachQueryUsesTheIndexMadeForIt(String query) {
        String index = switch (query) {
            case "quality", "freshness", "depth", "clarity" -> "draft_" + query;
            case "status" -> "draft_status";
            case "severity" -> "draft_severity";
            case "rule", "rule severity" -> "finding_rule";
            case "imported" -> "draft_imported_at";
            default -> throw new AssertionError("a query the test does not know: " + query);
        };
        assertThat(plans.get(query)).as(query + ": " + plans.get(query))
                .filteredOn(line -> line.startsWith("SCAN ") || line.startsWith("SEARCH "))
                .filteredOn(line -> !line.equals("SCAN CONSTANT ROW"))
                .isNotEmpty()
                .allMatch(line -> line.endsWith(" INDEX " + index) || line.contains(" INDEX " + index + " ("));
    }
}
