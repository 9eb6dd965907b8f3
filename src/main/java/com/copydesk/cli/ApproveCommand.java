package com.copydesk.cli;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.ReviewStatus;
import com.copydesk.review.ReviewActions;
import com.copydesk.review.TaskMonitor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "approve", mixinStandardHelpOptions = true, description = "Approve drafts. A draft with a blocking finding is refused unless --force.")
final class ApproveCommand implements Callable<Integer> {
    @ParentCommand
    CopydeskCommand top;

    @Option(names = "--force", description = "Approve also drafts with a blocking finding (recorded as an override) "
            + "and drafts another editor holds.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Option(names = "--all-unflagged", description = "Approve every pending draft that no rule flags.")
    boolean allUnflagged;

    @Parameters(arity = "0..*", paramLabel = "REFERENCE")
    List<String> references = List.of();

    @Override
    public Integer call() {
        if (allUnflagged == !references.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "name the drafts to approve, or give --all-unflagged (not both)");
        }
        ReviewActions actions = top.context().workspace().actions();
        ReviewActions.Target target = allUnflagged
                ? new ReviewActions.Target.Matching(DraftFilter.ALL.withStatuses(Set.of(ReviewStatus.PENDING))
                        .withUnflaggedOnly())
                : new ReviewActions.Target.References(references);
        ReviewActions.Outcome outcome = actions.approve(target, force, TaskMonitor.NONE);
        int status = ActionReport.print(top.context(), "approved", outcome);
        if (!outcome.refused().isEmpty()) {
            top.context().err().println("approve --force approves them anyway; the override is kept in their history");
        }
        return status;
    }
}
