package com.copydesk.cli;

import com.copydesk.review.ReviewActions;
import picocli.CommandLine.Command;

import java.util.Optional;

/** {@code undo}: take back the last decision or edit (the other half of {@link RedoCommand}). */
@Command(name = "undo", mixinStandardHelpOptions = true, description = "Take back the last decision or edit (also one made in the window).")
final class UndoCommand extends JournalCommand {
    @Override
    Optional<ReviewActions.Step> step(ReviewActions actions) {
        return actions.undo();
    }

    @Override
    String verb() {
        return "undo";
    }

    @Override
    String past() {
        return "undone";
    }
}
