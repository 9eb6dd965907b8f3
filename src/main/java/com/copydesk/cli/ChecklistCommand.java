package com.copydesk.cli;

import com.copydesk.model.ChecklistRef;
import com.copydesk.review.ReviewActions;
import com.copydesk.review.TaskMonitor;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code check} and {@code uncheck}: tick or clear checklist items, by text or 1-based number. */
abstract class ChecklistCommand implements Callable<Integer> {
    @ParentCommand
    CopydeskCommand top;

    @Option(names = "--force", description = "Act also on a draft another editor holds (claim).")
    boolean force;

    @Parameters(index = "0", paramLabel = "REFERENCE")
    String reference;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ITEM", description = "An item's text or 1-based number.")
    List<String> items;

    abstract boolean done();

    @Override
    public Integer call() {
        var actions = top.context().workspace().actions();
        var target = new ReviewActions.Target.References(List.of(reference));
        int changed = 0;
        int unchanged = 0;
        List<String> refused = new ArrayList<>();
        List<String> notFound = List.of();
        for (String item : items) {
            var outcome = actions.setChecked(target, new ChecklistRef(item), done(), force, TaskMonitor.NONE);
            changed += outcome.changed();
            unchanged += outcome.unchanged();
            refused.addAll(outcome.refused());
            notFound = outcome.notFound();
            if (!notFound.isEmpty()) {
                break;
            }
        }
        return ActionReport.print(top.context(), done() ? "ticked" : "cleared",
                new ReviewActions.Outcome(changed, unchanged, refused, notFound));
    }
}
