package com.copydesk.cli;

import com.copydesk.support.CliRun;
import com.copydesk.support.CliRunner;
import com.copydesk.support.DraftFiles;
import com.copydesk.support.PgTestServer;
import com.copydesk.store.PgAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team store from the command line (team section of cli-contract.md): the same drafts give
 * the same searches, stats and exports on SQLite and PostgreSQL, and a store that cannot be used
 * is refused with exit 3 and a message that names it.
 */
class TeamStoreTest {
    @RegisterExtension
    final CliRunner sqlite = new CliRunner();
    @RegisterExtension
    final CliRunner postgres = CliRunner.onPostgres();

    private void importBoth() {
        List<String> lines = new ArrayList<>();
        String[] bodies = {"Caching keys for a content-heavy site, with Redis 7.2 and a CDN.",
            "Rolling out schema migrations in Java services: Flyway, Liquibase and plain SQL.",
            "Débogage d'un cache: les clés expirées et le café.", "Retrying flaky background jobs in Go; retries with back-off.",
            "Indexing e-mail addresses like ana@example.com and hosts like db1.example.org:5432.",
            "Naïve caching OR indexing: which one? NOT both, says the reviewer."};
        for (int i = 0; i < bodies.length; i++) {
            lines.add(DraftFiles.draftJson("t" + i, (i % 2 == 0 ? "Cache guide " : "Index notes ") + i, bodies[i]));
        }
        DraftFiles.lines(sqlite.dir().resolve("in/d.jsonl"), lines); // one file: its name is in the history
        for (CliRunner cli : List.of(sqlite, postgres)) {
            CliRun imported = cli.run("import", sqlite.dir().resolve("in").toString());
            assertThat(imported.status).as(imported.toString()).isZero();
        }
    }

    @Test
    void aSearchFindsTheSameDraftsOnBothStores() {
        importBoth();
        for (String query : List.of("caching", "cache*", "\"schema migrations\"", "caching OR indexing",
                "title:cache -redis", "caching AND NOT naive", "debogage", "CAFÉ", "example com", "7.2", "db1",
                "e-mail", "(flyway OR liquibase) java", "summary:caching", "body:retries", "retr*")) {
            CliRun onSqlite = sqlite.run("list", "--search", query);
            CliRun onPostgres = postgres.run("list", "--search", query);
            assertThat(onSqlite.status).as(onSqlite.toString()).isZero();
            assertThat(onPostgres.out).as("search " + query).isEqualTo(onSqlite.out);
        }
        assertThat(postgres.run("list", "--search", "caching").out).contains("t0").doesNotContain("t1\t");
    }

    @Test
    void statsShowAndExportAreTheSameOnBothStores() {
        importBoth();
        for (CliRunner cli : List.of(sqlite, postgres)) {
            assertThat(cli.run("--editor", "ana", "approve", "t1").status).isZero();
            assertThat(cli.run("--editor", "bob", "reject", "t2", "--reason", "thin").status).isZero();
            assertThat(cli.run("--editor", "ana", "undo").status).isZero();
        }
        assertThat(postgres.run("stats", "--json").out).isEqualTo(sqlite.run("stats", "--json").out);
        for (String reference : List.of("t0", "t1", "t2", "t5")) {
            assertThat(postgres.run("show", "--json", reference).out).as(reference)
                    .isEqualTo(sqlite.run("show", "--json", reference).out);
        }
        Path fromSqlite = sqlite.dir().resolve("out.jsonl");
        Path fromPostgres = postgres.dir().resolve("out.jsonl");
        assertThat(sqlite.run("export", "--format", "jsonl", "--all", "--out", fromSqlite.toString()).status).isZero();
        assertThat(postgres.run("export", "--format", "jsonl", "--all", "--out", fromPostgres.toString()).status).isZero();
        assertThat(fromPostgres).hasSameTextualContentAs(fromSqlite);
    }

    @Test
    void anUnreachableServerIsRefusedNamingHostAndPort() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        CliRun run = CliRun.run(Path.of("postgresql://copydesk@127.0.0.1:" + port + "/nothing"), sqlite.clock(), "stats");
        assertThat(run.status).isEqualTo(3);
        assertThat(run.err).contains("127.0.0.1:" + port).contains("Cannot reach");
    }

    @Test
    void aDatabaseOfAnotherApplicationIsRefusedAndLeftAsItIs() {
        PgAddress database = PgAddress.parse(postgres.store().toString());
        PgTestServer.execute(database, "CREATE TABLE invoices (id int)");
        CliRun run = postgres.run("stats");
        assertThat(run.status).as(run.toString()).isEqualTo(3);
        assertThat(run.err).contains(database.database()).contains("invoices").contains("did not make");
        PgTestServer.execute(database, "SELECT count(*) FROM invoices"); // still there, nothing added beside it
    }

    @Test
    void aWrongPasswordIsRefusedWithoutShowingIt() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.copydesk.app.Main", "--db",
                postgres.store().toString(), "stats");
        builder.environment().put("PGPASSWORD", "not-the-password");
        builder.environment().put("XDG_DATA_HOME", postgres.dir().resolve("data").toString());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String said = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(said).isEqualTo(3);
        assertThat(said).contains("wrong or missing password").contains("PGPASSWORD").doesNotContain("not-the-password");
    }

    @Test
    void editorsDecidingTheSameDraftsAtOnceFromThreadsAndProcessesAllLandInHistory() throws Exception {
        importBoth();
        List<String> drafts = List.of("t0", "t1", "t2");
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < 2; p++) { // two more JVMs, as two editors' machines
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "com.copydesk.app.Main", "--db",
                    postgres.store().toString(), "--editor", "proc" + p, "reject", "--reason", "late", "--force",
                    "t0", "t1", "t2");
            builder.environment().put("XDG_DATA_HOME", postgres.dir().resolve("data").toString());
            builder.redirectErrorStream(true);
            processes.add(builder.start());
        }
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<CliRun>> runs = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                String editor = "thread" + t;
                runs.add(threads.submit(() -> postgres.run("--editor", editor, "approve", "--force", "t0", "t1", "t2")));
            }
            for (java.util.concurrent.Future<CliRun> run : runs) {
                CliRun done = run.get(2, java.util.concurrent.TimeUnit.MINUTES);
                assertThat(done.status).as(done.toString()).isZero();
            }
        } finally {
            threads.shutdownNow();
        }
        for (Process process : processes) {
            String said = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
            assertThat(process.exitValue()).as(said).isZero();
        }
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String reference : drafts) {
            var review = json.readTree(postgres.run("show", "--json", reference).out).get("review");
            List<String> deciders = new ArrayList<>();
            String lastStatus = null;
            for (var entry : review.get("history")) {
                if (entry.get("field").asText().equals("status")) {
                    deciders.add(entry.get("editor").asText());
                    lastStatus = entry.get("new").asText();
                }
            }
            assertThat(deciders).as(reference + ": every decision in its history")
                    .containsExactlyInAnyOrder("proc0", "proc1", "thread0", "thread1", "thread2");
            assertThat(review.get("status").asText()).as("the later decision stands").isEqualTo(lastStatus);
            assertThat(review.get("decided_by").asText()).isEqualTo(deciders.get(deciders.size() - 1));
        }
    }
}
