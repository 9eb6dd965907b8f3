package com.copydesk.cli;

import com.copydesk.review.ReviewActions;
import picocli.CommandLine.ParentCommand;

import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code undo} and {@code redo}: the window's journal, from the command line. */
abstract class JournalCommand implements Callable<Integer> {
    @ParentCommand
    CopydeskCommand top;

    abstract Optional<ReviewActions.Step> step(ReviewActions actions);

    abstract String verb();

    abstract String past();

    @Override
    public Integer call() {
        Optional<ReviewActions.Step> step = step(top.context().workspace().actions());
        if (step.isEmpty()) {
            top.context().out().println("nothing to " + verb());
            return ExitCode.OK;
        }
        ReviewActions.Step done = step.get();
        top.context().out().printf("%s: %s (%d %s)%n", past(), done.description(), done.drafts(),
                done.drafts() == 1 ? "draft" : "drafts");
        if (done.reimported() > 0) {
            top.context().err().printf("left as %s: %d %s changed by an import since%n", done.reimported() == 1 ? "it is" : "they are",
                    done.reimported(), done.reimported() == 1 ? "draft" : "drafts");
        }
        return ExitCode.OK;
    }
}
