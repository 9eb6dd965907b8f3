package com.copydesk.cli;

import com.copydesk.review.ReviewRules;
import com.copydesk.model.RuleDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "The review rules in force for the store, with their settings.")
final class RulesCommand implements Callable<Integer> {
    @ParentCommand
    CopydeskCommand top;

    @Option(names = "--json", description = "{source, file, version, rules: [{id, enabled, severity, settings}]}")
    boolean json;

    @Override
    public Integer call() {
        CliContext context = top.context();
        ReviewRules rules = context.workspace().rules();
        PrintWriter out = context.out(json);
        if (json) {
            JsonOut.lineWithValues(out, g -> {
                g.writeStartObject();
                g.writeStringField("source", rules.source());
                g.writeStringField("file", rules.ruleFile().toString());
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
        out.println("The store's rule file: " + rules.ruleFile()
                + (java.nio.file.Files.exists(rules.ruleFile()) ? "" : " (none: the defaults apply)"));
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
