package com.copydesk.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands are listed by name for a lean start-up; each name is its command's own. */
class CliCommandsTest {
    @Test
    void everyCommandIsListedUnderItsOwnName() {
        Cli.COMMANDS.forEach((name, command) ->
                assertThat(command.get().getClass().getAnnotation(CommandLine.Command.class).name()).isEqualTo(name));
        assertThat(Cli.COMMANDS).hasSize(20);
    }

    @Test
    void theCommandIsTheFirstArgumentAfterTheStoreOption() {
        assertThat(Cli.commandNamed(new String[] {"stats", "--json"})).isEqualTo("stats");
        assertThat(Cli.commandNamed(new String[] {"--db", "list", "show", "r1"})).isEqualTo("show");
        assertThat(Cli.commandNamed(new String[] {"--db=x.db", "export"})).isEqualTo("export");
        assertThat(Cli.commandNamed(new String[] {"--editor", "ann", "--db", "x.db", "claim"})).isEqualTo("claim");
        assertThat(Cli.commandNamed(new String[] {"--editor=ann", "release"})).isEqualTo("release");
        assertThat(Cli.commandNamed(new String[] {"--db", "stats"})).as("a store named stats, no command").isNull();
        assertThat(Cli.commandNamed(new String[] {"--help"})).isNull();
        assertThat(Cli.commandNamed(new String[] {"lst"})).isNull();
        assertThat(Cli.commandNamed(new String[] {})).isNull();
        assertThat(Cli.wantsWindow(new String[] {"--db", "x.db", "stats"})).isFalse();
        assertThat(Cli.wantsWindow(new String[] {"--version"})).isFalse();
    }
}
