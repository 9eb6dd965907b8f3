package com.copydesk.cli;

import com.copydesk.model.DraftFilter;
import com.copydesk.model.ReviewStatus;
import com.copydesk.review.ReviewActions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code claim}: hold pending drafts for a while, so that other editors work on others. */
@Command(name = "claim", mixinStandardHelpOptions = true,
        description = "Hold N pending drafts (those held already count) from a saved view or the whole queue, "
                + "for MINUTES; other editors' approve, reject, score, check and uncheck on them are refused.")
final class ClaimCommand implements Callable<Integer> {
    @ParentCommand
    CopydeskCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "{\"claimed\": [REFERENCE...], \"until\": ISO-8601}.")
    boolean json;

    @Option(names = "--count", paramLabel = "N", description = "How many drafts to hold (default ${DEFAULT-VALUE}).")
    int count = 20;

    @Option(names = "--view", paramLabel = "VIEW", description = "A saved view to take them from.")
    String view;

    @Option(names = "--lease", paramLabel = "MINUTES", description = "For how long (default ${DEFAULT-VALUE}).")
    int lease = 30;

    @Override
    public Integer call() {
        if (count < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count must be 1 or more");
        }
        if (lease < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lease must be 1 minute or more");
        }
        var workspace = top.context().workspace();
        DraftFilter filter = DraftFilter.ALL;
        if (view != null) {
            filter = workspace.savedViews().all().get(view);
            if (filter == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no saved view '" + view
                        + "'; the saved views are: " + String.join(", ", workspace.savedViews().all().keySet()));
            }
        }
        ReviewActions.Claimed claimed = workspace.actions()
                .claim(filter.withStatuses(Set.of(ReviewStatus.PENDING)), count, Duration.ofMinutes(lease));
        PrintWriter out = top.context().out(json);
        if (json) {
            JsonOut.line(out, g -> {
                g.writeStartObject();
                g.writeArrayFieldStart("claimed");
                for (String reference : claimed.references()) {
                    g.writeString(reference);
                }
                g.writeEndArray();
                g.writeStringField("until", claimed.until().toString());
                g.writeEndObject();
            });
        } else {
            out.printf("holding %d %s until %s%n", claimed.references().size(),
                    claimed.references().size() == 1 ? "draft" : "drafts", claimed.until());
            claimed.references().forEach(out::println);
        }
        return ExitCode.OK;
    }
}
