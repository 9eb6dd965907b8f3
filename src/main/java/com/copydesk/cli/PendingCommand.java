package com.copydesk.cli;

import com.copydesk.review.ReviewActions;
import com.copydesk.review.TaskMonitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "pending", mixinStandardHelpOptions = true, description = "Send decided drafts back to pending.")
final class PendingCommand implements Callable<Integer> {
    @ParentCommand
    CopydeskCommand top;

    @Parameters(arity = "1..*", paramLabel = "REFERENCE")
    List<String> references;

    @Override
    public Integer call() {
        var outcome = top.context().workspace().actions()
                .reopen(new ReviewActions.Target.References(references), TaskMonitor.NONE);
        return ActionReport.print(top.context(), "back to pending", outcome);
    }
}
