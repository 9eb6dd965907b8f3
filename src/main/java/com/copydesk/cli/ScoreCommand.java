package com.copydesk.cli;

import com.copydesk.model.ScoreName;
import com.copydesk.model.Scores;
import com.copydesk.review.ReviewActions;
import com.copydesk.review.TaskMonitor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "score", mixinStandardHelpOptions = true, description = "Set the editor's scores, e.g. quality=80 clarity=70; NAME=imported goes back to "
        + "the imported score.")
final class ScoreCommand implements Callable<Integer> {
    @ParentCommand
    CopydeskCommand top;

    @Option(names = "--force", description = "Act also on a draft another editor holds (claim).")
    boolean force;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REFERENCE")
    String reference;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "NAME=VALUE")
    List<String> assignments;

    @Override
    public Integer call() {
        Map<ScoreName, Integer> scores = new EnumMap<>(ScoreName.class);
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            ScoreName name = eq < 0 ? null : ScoreName.fromKey(assignment.substring(0, eq).strip()).orElse(null);
            if (name == null) {
                throw usage("'" + assignment + "' is not NAME=VALUE with NAME one of quality, freshness, depth, clarity");
            }
            if (scores.containsKey(name)) {
                throw usage(name.key() + " is given more than once");
            }
            String value = assignment.substring(eq + 1).strip();
            Integer score = Scores.parse(value);
            if (value.equals("imported")) {
                scores.put(name, null);
            } else if (score != null) {
                scores.put(name, score);
            } else {
                throw usage(name.key() + " must be a whole number from 0 to 100, or 'imported', not '" + value + "'");
            }
        }
        var actions = top.context().workspace().actions();
        var target = new ReviewActions.Target.References(List.of(reference));
        int changed = 0;
        int unchanged = 0;
        ReviewActions.Outcome last = null;
        for (Map.Entry<ScoreName, Integer> score : scores.entrySet()) {
            last = actions.setScore(target, score.getKey(), score.getValue(), force, TaskMonitor.NONE);
            if (!last.notFound().isEmpty()) {
                break;
            }
            changed += last.changed();
            unchanged += last.unchanged();
        }
        return ActionReport.print(top.context(), "scores changed",
                new ReviewActions.Outcome(changed, unchanged, last.refused(), last.notFound()));
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
