package com.copydesk.cli;

import picocli.CommandLine.Command;

/** {@code check}: tick checklist items (the other half of {@link UncheckCommand}). */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Tick checklist items.")
final class CheckCommand extends ChecklistCommand {
    @Override
    boolean done() {
        return true;
    }
}
