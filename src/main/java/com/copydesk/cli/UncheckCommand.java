package com.copydesk.cli;

import picocli.CommandLine.Command;

/** {@code uncheck}: clear checklist items (the other half of {@link CheckCommand}). */
@Command(name = "uncheck", mixinStandardHelpOptions = true, description = "Clear checklist items.")
final class UncheckCommand extends ChecklistCommand {
    @Override
    boolean done() {
        return false;
    }
}
