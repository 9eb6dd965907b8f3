package com.copydesk.cli;

import com.copydesk.model.ScoreName;
import com.copydesk.review.ReviewActions;
import com.copydesk.review.TaskMonitor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "score", mixinStandardHelpOptions = true, description = "Set the editor's scores, e.g. quality=80 clarity=70; NAME=imported goes back to "
        + "the imported score.")
final class ScoreCommand implements Callable<Integer> {
    @ParentCommand
    CopydeskCommand top;

    @Parameters(index = "0", paramLabel = "REFERENCE")
    String reference;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "NAME=VALUE")
    List<String> assignments;

    @Override
    public Integer call() {
        Map<ScoreName, Integer> scores = new EnumMap<>(ScoreName.class);
        Map<ScoreName, Boolean> given = new EnumMap<>(ScoreName.class);
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            ScoreName name = eq < 0 ? null : ScoreName.fromKey(assignment.substring(0, eq).strip()).orElse(null);
            if (name == null) {
                throw usage("'" + assignment + "' is not NAME=VALUE with NAME one of quality, freshness, depth, clarity");
            }
            String value = assignment.substring(eq + 1).strip();
            if (value.equals("imported")) {
                scores.put(name, null);
            } else if (value.matches("\\d{1,3}") && Integer.parseInt(value) <= 100) {
                scores.put(name, Integer.parseInt(value));
            } else {
                throw usage(name.key() + " must be a whole number from 0 to 100, or 'imported', not '" + value + "'");
            }
            given.put(name, true);
        }
        var actions = top.context().workspace().actions();
        var target = new ReviewActions.Target.References(List.of(reference));
        int changed = 0;
        ReviewActions.Outcome last = null;
        for (ScoreName name : given.keySet()) {
            last = actions.setScore(target, name, scores.get(name), TaskMonitor.NONE);
            changed += last.changed();
        }
        return ActionReport.print(top.context(), "scores changed",
                new ReviewActions.Outcome(changed, given.size() - changed, last.refused(), last.notFound()));
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(new CommandLine(this), message);
    }
}
