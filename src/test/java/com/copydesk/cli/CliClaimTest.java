package com.copydesk.cli;

import com.copydesk.app.Copydesk;
import com.copydesk.model.DraftFilter;
import com.copydesk.support.CliRun;
import com.copydesk.support.CliRunner;
import com.copydesk.support.DraftFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Claims as leases (team section of cli-contract.md) on the SQLite store: several windows and scripts on one machine. */
class CliClaimTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DRAFTS = 30;

    @RegisterExtension
    final CliRunner cli = runner();

    /** The store the tests run on: a SQLite file here, a PostgreSQL team store in the subclass. */
    CliRunner runner() {
        return new CliRunner();
    }


    private JsonNode claim(String editor, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("claim", "--json"));
        all.addAll(List.of(args));
        CliRun run = cli.runAs(editor, all.toArray(String[]::new));
        assertThat(run.status).as(run.toString()).isZero();
        return JSON.readTree(run.out);
    }

    private static List<String> claimed(JsonNode claim) {
        List<String> references = new ArrayList<>();
        claim.get("claimed").forEach(r -> references.add(r.asText()));
        return references;
    }

    private JsonNode review(String reference) throws Exception {
        return JSON.readTree(cli.run("show", "--json", reference).out).get("review");
    }

    @BeforeEach
    void importDrafts() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < DRAFTS; i++) {
            lines.add(DraftFiles.draftJson("r" + i, "Title number " + i, "A body about subject " + i
                    + (i % 2 == 0 ? " with caching" : " with indexing") + " and words w" + i + "x."));
        }
        DraftFiles.lines(cli.dir().resolve("in/d.jsonl"), lines);
        CliRun imported = cli.run("import", cli.dir().resolve("in").toString());
        assertThat(imported.status).as(imported.toString()).isZero();
    }

    @Test
    void aClaimHoldsDraftsForTheLeaseAndOthersAreRefusedUnlessForced() throws Exception {
        JsonNode claim = claim("alice", "--count", "3");
        List<String> mine = claimed(claim);
        String until = cli.clock().instant().plus(Duration.ofMinutes(30)).toString();
        assertThat(mine).hasSize(3).doesNotHaveDuplicates();
        assertThat(claim.get("until").asText()).isEqualTo(until);
        String held = mine.get(0);
        JsonNode review = review(held);
        assertThat(review.get("claim").get("editor").asText()).isEqualTo("alice");
        assertThat(review.get("claim").get("until").asText()).isEqualTo(until);

        for (String[] command : List.of(new String[] {"approve", held}, new String[] {"reject", "--reason", "thin", held},
                new String[] {"score", held, "depth=10"}, new String[] {"check", held, "1"},
                new String[] {"uncheck", held, "1"})) {
            CliRun refused = cli.runAs("bob", command);
            assertThat(refused.status).as(String.join(" ", command) + "\n" + refused).isEqualTo(ExitCode.PARTLY);
            assertThat(refused.err).contains("alice").contains(until);
        }
        assertThat(review(held).get("status").asText()).isEqualTo("pending");
        assertThat(review(held).get("history").findValuesAsText("field")).doesNotContain("status", "score.depth");

        assertThat(cli.runAs("alice", "approve", held).status).as("the holder decides").isZero();
        CliRun forced = cli.runAs("bob", "reject", "--force", "--reason", "off topic", mine.get(1));
        assertThat(forced.status).as(forced.toString()).isZero();
        assertThat(review(mine.get(1)).get("decided_by").asText()).isEqualTo("bob");
        assertThat(cli.runAs("bob", "score", "--force", mine.get(2), "depth=10").status).isZero();
    }

    @Test
    void twoEditorsNeverHoldTheSameDraftAndAClaimAgainRenewsWhatIsHeld() throws Exception {
        List<String> alice = claimed(claim("alice", "--count", "5"));
        List<String> bob = claimed(claim("bob", "--count", "5"));
        assertThat(bob).hasSize(5).doesNotContainAnyElementsOf(alice);

        cli.clock().advance(Duration.ofMinutes(20));
        JsonNode again = claim("alice", "--count", "7");
        assertThat(claimed(again)).as("the five held count towards seven").hasSize(7).containsAll(alice)
                .doesNotContainAnyElementsOf(bob);
        String renewed = cli.clock().instant().plus(Duration.ofMinutes(30)).toString();
        assertThat(review(alice.get(0)).get("claim").get("until").asText()).isEqualTo(renewed);

        List<String> rest = claimed(claim("carol", "--count", "100"));
        assertThat(rest).as("all that are free when fewer").hasSize(DRAFTS - 12);
    }

    @Test
    void aLeaseEndsByItselfAndReleaseGivesDraftsBack() throws Exception {
        List<String> mine = claimed(claim("alice", "--count", "2", "--lease", "10"));
        cli.clock().advance(Duration.ofMinutes(11));
        assertThat(review(mine.get(0)).get("claim").isNull()).as("the lease ended").isTrue();
        assertThat(cli.runAs("bob", "approve", mine.get(0)).status).isZero();

        List<String> again = claimed(claim("alice", "--count", "3"));
        assertThat(again).doesNotContain(mine.get(0)).hasSize(3);
        CliRun release = cli.runAs("alice", "release", again.get(0));
        assertThat(release.status).as(release.toString()).isZero();
        assertThat(release.out).contains("released 1");
        assertThat(review(again.get(0)).get("claim").isNull()).isTrue();
        assertThat(cli.runAs("bob", "release", again.get(1)).out).as("only the holder releases").contains("released 0");
        assertThat(cli.runAs("alice", "release").out).contains("released 2");
        assertThat(review(again.get(2)).get("claim").isNull()).isTrue();
        assertThat(cli.runAs("alice", "release", "nope").status).isEqualTo(ExitCode.PARTLY);
    }

    @Test
    void aClaimTakesFromTheSavedView() throws Exception {
        try (Copydesk desk = Copydesk.open(cli.store(), cli.clock())) {
            desk.savedViews().save("caching", DraftFilter.ALL.withSearch("caching"));
        }
        List<String> mine = claimed(claim("alice", "--view", "caching", "--count", "100"));
        assertThat(mine).hasSize(DRAFTS / 2).allSatisfy(r -> assertThat(Integer.parseInt(r.substring(1)) % 2).isZero());
        assertThat(cli.runAs("alice", "claim", "--view", "nothing").status).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void editorsClaimingAtOnceFromThreadsGetDisjointDrafts() throws Exception {
        int editors = 5;
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int e = 0; e < editors; e++) {
                String editor = "e" + e;
                results.add(pool.submit(() -> {
                    start.await();
                    // each its own store connection, as separate windows or scripts are
                    return claimed(JSON.readTree(CliRun.run(cli.store(), cli.clock(), "--editor", editor, "claim",
                            "--json", "--count", "7").out));
                }));
            }
            start.countDown();
            Set<String> all = new HashSet<>();
            int total = 0;
            for (Future<List<String>> result : results) {
                List<String> got = result.get(2, TimeUnit.MINUTES);
                total += got.size();
                all.addAll(got);
            }
            assertThat(all).as("claims are disjoint").hasSize(total);
            assertThat(total).as("30 drafts for 5 x 7 wanted").isEqualTo(DRAFTS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void editorsClaimingAtOnceFromProcessesGetDisjointDrafts() throws Exception {
        int editors = 3;
        Path data = cli.dir().resolve("data");
        List<Process> processes = new ArrayList<>();
        for (int e = 0; e < editors; e++) {
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "com.copydesk.app.Main", "--db",
                    cli.store().toString(), "--editor", "p" + e, "claim", "--json", "--count", "8");
            builder.environment().put("XDG_DATA_HOME", data.toString());
            builder.environment().remove("COPYDESK_EDITOR");
            builder.redirectError(cli.dir().resolve("err" + e + ".txt").toFile());
            processes.add(builder.start());
        }
        Set<String> all = new HashSet<>();
        int total = 0;
        for (Process process : processes) {
            String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(process.exitValue()).as(out).isZero();
            List<String> got = claimed(JSON.readTree(out));
            assertThat(got).hasSize(8);
            total += got.size();
            all.addAll(got);
        }
        assertThat(all).as("claims are disjoint across processes").hasSize(total);
    }
}
