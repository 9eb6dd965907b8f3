package com.copydesk.cli;

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
import java.util.concurrent.Callable;

@Command(name = "reject", mixinStandardHelpOptions = true, description = "Reject drafts, with the reason.")
final class RejectCommand implements Callable<Integer> {
    @ParentCommand
    CopydeskCommand top;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (kept with the decision).")
    String reason;

    @Option(names = "--force", description = "Act also on a draft another editor holds (claim).")
    boolean force;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "REFERENCE")
    List<String> references;

    @Override
    public Integer call() {
        if (reason.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--reason must say why");
        }
        var outcome = top.context().workspace().actions()
                .reject(new ReviewActions.Target.References(references), reason, force, TaskMonitor.NONE);
        return ActionReport.print(top.context(), "rejected", outcome);
    }
}
