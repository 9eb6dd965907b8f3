package com.copydesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code release}: give claimed drafts back. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Give back the drafts named (all of the editor's claims without references).")
final class ReleaseCommand implements Callable<Integer> {
    @ParentCommand
    CopydeskCommand top;

    @Parameters(arity = "0..*", paramLabel = "REFERENCE")
    List<String> references = List.of();

    @Override
    public Integer call() {
        var outcome = top.context().workspace().actions().release(references);
        return ActionReport.print(top.context(), "released", outcome);
    }
}
