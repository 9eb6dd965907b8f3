package com.copydesk.cli;

import com.copydesk.review.ReviewActions;
import picocli.CommandLine.Command;

import java.util.Optional;

/** {@code redo}: bring back what {@link UndoCommand} took back last. */
@Command(name = "redo", mixinStandardHelpOptions = true, description = "Bring back what undo took back last.")
final class RedoCommand extends JournalCommand {
    @Override
    Optional<ReviewActions.Step> step(ReviewActions actions) {
        return actions.redo();
    }

    @Override
    String verb() {
        return "redo";
    }

    @Override
    String past() {
        return "redone";
    }
}
