package com.copydesk.cli;

import com.copydesk.review.ReflagDrafts;
import com.copydesk.review.TaskMonitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "reflag", mixinStandardHelpOptions = true, description = "Run the rules on every draft again.")
final class ReflagCommand implements Callable<Integer> {
    @ParentCommand
    CopydeskCommand top;

    @Override
    public Integer call() {
        CliContext context = top.context();
        ReflagDrafts.Result result = context.workspace().rules().reflag(TaskMonitor.NONE);
        context.out().printf("flagged %,d drafts in %.1f s (%,.0f drafts/s)%s%n", result.drafts(), result.seconds(),
                result.seconds() > 0 ? result.drafts() / result.seconds() : 0.0,
                result.indexRebuilt() ? "; the near-duplicate index was rebuilt" : "");
        return ExitCode.OK;
    }
}
