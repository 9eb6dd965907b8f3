package com.copydesk.cli;

import com.copydesk.support.CliRun;
import com.copydesk.support.CliRunner;
import com.copydesk.support.DraftCorpus;
import com.copydesk.support.DraftFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code list --near REF}: the draft and its direct near-duplicate twins, as the window's queue chip shows them. */
class ListNearCliTest {
    @RegisterExtension
    final CliRunner cli = runner();

    /** The store the tests run on: a SQLite file here, a PostgreSQL team store in the subclass. */
    CliRunner runner() {
        return new CliRunner();
    }

    private static List<String> references(CliRun run) {
        return Arrays.stream(run.out.split("\n")).filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).sorted().toList();
    }

    @Test
    void listsTheDraftAndItsTwins() {
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            lines.add(DraftCorpus.draft(n, 11));
        }
        // two copies of gen-3, two words changed each
        for (String copy : List.of("copy-a", "copy-b")) {
            lines.add(DraftCorpus.draft(3, 11).replaceFirst("\"reference\":\"gen-3\"", "\"reference\":\"" + copy + "\"")
                    .replaceFirst("\"title\":\"", "\"title\":\"" + copy + ": ").replaceFirst(" the ", " one ")
                    .replaceFirst(" cache ", " " + copy.substring(5) + "store "));
        }
        DraftFiles.lines(cli.dir().resolve("in/d.jsonl"), lines);
        CliRun imported = cli.run("import", cli.dir().resolve("in").toString());
        assertThat(imported.status).as(imported.toString()).isZero();

        CliRun near = cli.run("list", "--near", "copy-a");
        assertThat(near.status).as(near.toString()).isZero();
        assertThat(references(near)).containsExactly("copy-a", "copy-b", "gen-3");
        CliRun alone = cli.run("list", "--near", "gen-7");
        assertThat(references(alone)).containsExactly("gen-7");
        assertThat(cli.run("approve", "--force", "gen-3").status).isZero();
        CliRun narrowed = cli.run("list", "--near", "copy-a", "--status", "pending");
        assertThat(references(narrowed)).as("the other filters still apply").containsExactly("copy-a", "copy-b");
    }

    @Test
    void anUnknownReferenceIsExitOne() {
        DraftFiles.lines(cli.dir().resolve("in/d.jsonl"), List.of(DraftFiles.draftJson("r1", "One", "a body")));
        cli.run("import", cli.dir().resolve("in").toString());
        CliRun run = cli.run("list", "--near", "nope");
        assertThat(run.status).isEqualTo(1);
        assertThat(run.err).contains("No draft with the reference 'nope'");
    }
}
