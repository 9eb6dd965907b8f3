package com.copydesk.cli;

import com.copydesk.review.ReflagDrafts;
import com.copydesk.review.ReviewRules;
import com.copydesk.review.Workspace;
import com.copydesk.model.RuleDescription;
import com.copydesk.model.StoredRuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "The review rules in force for the store, with their settings.")
final class RulesCommand implements Callable<Integer> {
    @ParentCommand
    CopydeskCommand top;

    @Option(names = "--json", description = "{source, stored_in, file, rule_set, version, rules: [{id, enabled, severity, settings}]}")
    boolean json;

    @Option(names = "--load", paramLabel = "FILE",
            description = "Make FILE the store's rules (a team store keeps them in its database) and flag every draft again.")
    Path load;

    @Override
    public Integer call() {
        CliContext context = top.context();
        Workspace workspace = context.workspace();
        ReviewRules rules = workspace.rules();
        if (load != null) {
            boolean changed;
            try {
                changed = rules.load(load, workspace.editor(), Instant.now());
            } catch (IllegalArgumentException e) {
                context.err().println("rules --load: " + e.getMessage());
                return ExitCode.USAGE;
            }
            if (changed) {
                ReflagDrafts.Result result = rules.reflag(new TerminalProgress(context.progress()));
                context.err().printf("The rules changed: flagged %,d drafts again (%.1f s).%n", result.drafts(),
                        result.seconds());
                workspace.recordFlagsFollowRuleFile();
            }
        }
        PrintWriter out = context.out(json);
        Optional<StoredRuleSet> ruleSet = rules.ruleSet();
        if (json) {
            JsonOut.lineWithValues(out, g -> {
                g.writeStartObject();
                g.writeStringField("source", rules.source());
                g.writeStringField("stored_in", rules.keptInStore() ? "database" : "file");
                g.writeStringField("file", rules.ruleFile().toString());
                if (ruleSet.isPresent()) {
                    g.writeObjectFieldStart("rule_set");
                    g.writeNumberField("version", ruleSet.get().version());
                    g.writeStringField("changed_by", ruleSet.get().editor());
                    g.writeStringField("changed_at", ruleSet.get().changedAt().toString());
                    g.writeEndObject();
                } else {
                    g.writeNullField("rule_set");
                }
                g.writeStringField("version", rules.version());
                g.writeStringField("generator_meta", rules.generatorMeta().key());
                g.writeArrayFieldStart("rules");
                for (RuleDescription config : rules.describe()) {
                    g.writeStartObject();
                    g.writeStringField("id", config.id());
                    g.writeBooleanField("enabled", config.enabled());
                    g.writeStringField("severity", config.severity().key());
                    g.writeStringField("scope", config.scope().key());
                    g.writeObjectField("settings", config.settings());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            });
            return ExitCode.OK;
        }
        out.println("Rules in force: " + rules.source() + " (version " + rules.version() + ")");
        if (rules.keptInStore()) {
            out.println("The team store's rule set: " + ruleSet.map(r -> "version " + r.version() + ", kept in the database"
                    + " (a copy in " + rules.ruleFile() + ")").orElse("none in the database: the defaults apply"));
        } else {
            out.println("The store's rule file: " + rules.ruleFile()
                    + (java.nio.file.Files.exists(rules.ruleFile()) ? "" : " (none: the defaults apply)"));
        }
        out.println("Meta rules for drafts without generator meta: generator_meta: " + rules.generatorMeta().key());
        out.println();
        for (RuleDescription config : rules.describe()) {
            out.printf("%-20s %-5s %-8s %s%s%n", config.id(), config.enabled() ? config.severity().key() : "off",
                    config.scope().key(),
                    settings(config.settings()), config.enabled() ? "" : " (disabled)");
        }
        return ExitCode.OK;
    }

    private static String settings(Map<String, Object> settings) {
        StringBuilder text = new StringBuilder();
        settings.forEach((k, v) -> text.append(text.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return text.toString();
    }
}
