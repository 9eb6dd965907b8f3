package com.copydesk.review;

import com.copydesk.model.RuleDescription;
import com.copydesk.rules.ruleset.RuleCatalog;
import com.copydesk.rules.ruleset.RuleSet;
import com.copydesk.rules.ruleset.RuleSetLoader;
import com.copydesk.store.Store;

import java.nio.file.Path;

/**
 * The rules a store follows: Copydesk's defaults with the store's own rule file laid over them
 * (for {@code review.db}, {@code review.rules.yaml} beside it). Reloading the file and flagging
 * every draft again when it changed are the window's and the command line's to trigger.
 */
public final class ReviewRules {
    private final Store store;
    private final Path ruleFile;
    private final RuleSetLoader loader;
    private final FlagDrafts flagger;
    private final ReflagDrafts reflagger;

    public ReviewRules(Store store, Path ruleFile, RuleSetLoader loader, FlagDrafts flagger, ReflagDrafts reflagger) {
        this.store = store;
        this.ruleFile = ruleFile;
        this.loader = loader;
        this.flagger = flagger;
        this.reflagger = reflagger;
    }

    /** The store's own rule file, beside it: {@code NAME.rules.yaml} for {@code NAME.db}. */
    public static Path ruleFileFor(Path store) {
        String name = store.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return store.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".rules.yaml");
    }

    public static boolean isRule(String id) {
        return RuleCatalog.knows(id);
    }

    public static java.util.List<String> ruleIds() {
        return RuleCatalog.ids();
    }

    /** Every rule, on or off, with its settings, in the rule file's order. */
    public java.util.List<RuleDescription> describe() {
        return flagger.rules().configs().stream()
                .map(c -> new RuleDescription(c.id(), c.enabled(), c.severity(), RuleCatalog.scope(c.id()), c.settings())).toList();
    }

    /** Where the rules in force came from, for people: the defaults, or the defaults with the store's file. */
    public String source() {
        return flagger.rules().source();
    }

    /** Whether the meta rules judge drafts that carry no generator meta (the rule file's {@code generator_meta}). */
    public com.copydesk.model.GeneratorMeta generatorMeta() {
        return flagger.rules().generatorMeta();
    }

    /** Changes whenever any rule setting does. */
    public String version() {
        return flagger.rules().version();
    }

    RuleSet current() {
        return flagger.rules();
    }

    public Path ruleFile() {
        return ruleFile;
    }

    /** Reads the rule file again; true when the rules in force changed. */
    public boolean reload() {
        RuleSet fresh = loader.load(ruleFile);
        if (fresh.version().equals(flagger.rules().version())) {
            return false;
        }
        flagger.useRules(fresh);
        return true;
    }

    /** Whether the drafts' findings follow other rules than those in force. */
    public boolean needsReflag() {
        return flagger.isStale(store);
    }

    public ReflagDrafts.Result reflag(TaskMonitor monitor) {
        return reflagger.run(monitor);
    }
}
