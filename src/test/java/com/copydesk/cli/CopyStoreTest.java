package com.copydesk.cli;

import com.copydesk.app.Copydesk;
import com.copydesk.model.DraftFilter;
import com.copydesk.store.PgAddress;
import com.copydesk.support.CliRun;
import com.copydesk.support.CliRunner;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.GeneratorDrafts;
import com.copydesk.support.PgTestServer;
import com.copydesk.support.Samples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code copy-store} of the team section of cli-contract.md: a round trip from the store of the
 * test (SQLite here, PostgreSQL in the subclass) through the other kind and back gives the same
 * {@code stats --json}, {@code show --json} of every draft, searches and saved views; claims are
 * not copied; a target holding drafts is refused.
 */
class CopyStoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DRAFTS = 24;

    @RegisterExtension
    final CliRunner cli = runner();

    /** A database of the test server for the stores of the other kind; null while the test uses none. */
    private final List<PgAddress> databases = new ArrayList<>();

    /** The store the tests start on: a SQLite file here, a PostgreSQL team store in the subclass. */
    CliRunner runner() {
        return new CliRunner();
    }

    /** A new store of the other kind than the test's own. */
    private Path otherStore(String name) {
        if (cli.postgres()) {
            return cli.dir().resolve(name + ".db");
        }
        PgAddress database = PgTestServer.newDatabase();
        databases.add(database);
        return Path.of(database.toString());
    }

    /** A new store of the test's own kind. */
    private Path sameKindStore(String name) {
        if (!cli.postgres()) {
            return cli.dir().resolve(name + ".db");
        }
        PgAddress database = PgTestServer.newDatabase();
        databases.add(database);
        return Path.of(database.toString());
    }

    @AfterEach
    void dropDatabases() {
        databases.forEach(PgTestServer::dropDatabase);
    }

    private CliRun on(Path store, String... args) {
        return CliRun.run(store, cli.clock(), args);
    }

    private CliRun ok(Path store, String... args) {
        CliRun run = on(store, args);
        assertThat(run.status).as(String.join(" ", args) + " on " + store + "\n" + run).isZero();
        return run;
    }

    @BeforeEach
    void fillAVariedStore() throws Exception {
        List<String> lines = new ArrayList<>();
        Random rnd = new Random(7);
        for (int i = 0; i < DRAFTS; i++) {
            lines.add(GeneratorDrafts.json(GeneratorDrafts.draft(i, 7)));
        }
        // planted copies: near-duplicate findings and pairs, exact duplicates by hash
        ObjectNode original = GeneratorDrafts.draft(3, 7);
        lines.add(GeneratorDrafts.json(GeneratorDrafts.copy(original, GeneratorDrafts.Kind.SPUN, "spun-3", rnd)));
        lines.add(GeneratorDrafts.json(GeneratorDrafts.copy(original, GeneratorDrafts.Kind.EXACT, "exact-3", rnd)));
        DraftFiles.lines(cli.dir().resolve("in/generated.jsonl"), lines);
        Samples.copy(Samples.JSON, cli.dir().resolve("in"));
        Path store = cli.store();
        ok(store, "import", cli.dir().resolve("in").toString());
        // the store's own rules, which must go with it: under the defaults the sample has a reviewer-note finding
        ok(store, "--editor", "alice", "rules", "--load", java.nio.file.Files.writeString(cli.dir().resolve("rules.yaml"),
                "rules:\n  reviewer-note:\n    severity: block\n").toString());
        List<String> refs = references(store);
        ok(store, "--editor", "alice", "approve", "--force", refs.get(0), refs.get(1));
        ok(store, "--editor", "bob", "reject", "--force", "--reason", "thin on facts", refs.get(2));
        ok(store, "--editor", "bob", "approve", "--force", refs.get(2)); // decided twice: two history entries
        ok(store, "--editor", "alice", "score", "--force", refs.get(3), "depth=40", "clarity=85");
        ok(store, "--editor", "alice", "check", "--force", refs.get(4), "1");
        ok(store, "--editor", "carol", "reject", "--force", "--reason", "off topic", refs.get(5));
        ok(store, "--editor", "carol", "undo"); // an undone action stays in the journal
        try (Copydesk desk = Copydesk.open(store, cli.clock())) {
            desk.actAs("alice");
            long id = desk.queries().find(refs.get(6)).orElseThrow().id();
            desk.actions().setNote(id, "ask the author for sources");
            desk.savedViews().save("caching", DraftFilter.ALL.withSearch("caching"));
        }
        ok(store, "--editor", "dave", "claim", "--count", "2");
    }

    private List<String> references(Path store) throws Exception {
        List<String> refs = new ArrayList<>();
        for (String line : ok(store, "list", "--json").lines()) {
            refs.add(JSON.readTree(line).get("reference").asText());
        }
        return refs;
    }

    /** Every draft's {@code show --json} by reference, claims left out (they are not copied). */
    private Map<String, JsonNode> shown(Path store) throws Exception {
        Map<String, JsonNode> all = new LinkedHashMap<>();
        for (String ref : references(store)) {
            JsonNode show = JSON.readTree(ok(store, "show", "--json", ref).out);
            ((ObjectNode) show.get("review")).putNull("claim");
            all.put(ref, show);
        }
        return all;
    }

    private Map<String, Object> observed(Path store) throws Exception {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("stats", JSON.readTree(ok(store, "stats", "--json").out));
        seen.put("search", ok(store, "list", "--search", "caching", "--json").out);
        seen.put("flagged", ok(store, "list", "--flagged", "--json").out);
        seen.put("drafts", shown(store));
        return seen;
    }

    @Test
    void aRoundTripThroughTheOtherStoreShowsEveryDraftTheSame() throws Exception {
        Map<String, Object> before = observed(cli.store());
        Path other = otherStore("other");
        CliRun there = ok(cli.store(), "copy-store", "--to", other.toString());
        assertThat(there.out).contains("copied " + (DRAFTS + 3) + " drafts");
        assertThat(there.err).as("progress on stderr").contains("copying draft: " + (DRAFTS + 3) + " rows");
        Path back = sameKindStore("back");
        ok(other, "copy-store", "--to", back.toString());

        assertThat(there.err + ok(other, "list").err).as("the copy's flags follow its rules").doesNotContain("flagged");
        assertThat(observed(other)).as("the copy").isEqualTo(before);
        assertThat(observed(back)).as("the copy of the copy").isEqualTo(before);
        assertThat(((Map<?, ?>) before.get("drafts"))).hasSize(DRAFTS + 3);
        assertThat(before.get("stats").toString()).contains("approved").contains("rejected");
        assertThat(ok(back, "rules", "--json").out).as("the rules came back")
                .contains("\"id\":\"reviewer-note\",\"enabled\":true,\"severity\":\"block\"");
    }

    @Test
    void claimsAreNotCopiedAndViewsAndTheJournalAre() throws Exception {
        Path other = otherStore("other");
        ok(cli.store(), "copy-store", "--to", other.toString());
        for (String ref : references(other)) {
            JsonNode review = JSON.readTree(ok(other, "show", "--json", ref).out).get("review");
            assertThat(review.get("claim").isNull()).as(ref).isTrue();
        }
        // the saved view came along: a claim from it takes its drafts
        JsonNode claimed = JSON.readTree(ok(other, "--editor", "erin", "claim", "--json", "--view", "caching",
                "--count", "100").out);
        assertThat(claimed.get("claimed").size())
                .isEqualTo(ok(cli.store(), "list", "--search", "caching", "--json").lines().size());
        // carol's journal came along: her redo takes back the rejection she undid, in both stores alike
        CliRun redoThere = ok(other, "--editor", "carol", "redo");
        CliRun redoHere = ok(cli.store(), "--editor", "carol", "redo");
        assertThat(redoThere.out).isEqualTo(redoHere.out).isNotBlank();
        // new actions in the copy take new ids after the copied ones
        ok(other, "--editor", "erin", "approve", "--force", references(other).get(7));
        assertThat(JSON.readTree(ok(other, "stats", "--json").out).toString())
                .isNotEqualTo(JSON.readTree(ok(cli.store(), "stats", "--json").out).toString());
    }

    @Test
    void aTargetHoldingDraftsIsRefusedAndLeftAsItIs() throws Exception {
        Path other = otherStore("other");
        DraftFiles.lines(cli.dir().resolve("one/d.jsonl"), List.of(DraftFiles.draftJson("only", "Only", "One body.")));
        ok(other, "import", cli.dir().resolve("one").toString());

        CliRun refused = on(cli.store(), "copy-store", "--to", other.toString());

        assertThat(refused.status).as(refused.toString()).isEqualTo(ExitCode.STORE);
        assertThat(refused.err).contains("holds 1 drafts").contains("empty or new");
        assertThat(references(other)).containsExactly("only");
        CliRun self = on(cli.store(), "copy-store", "--to", cli.store().toString());
        assertThat(self.status).as(self.toString()).isEqualTo(ExitCode.STORE);
    }
}
