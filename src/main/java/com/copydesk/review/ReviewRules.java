package com.copydesk.review;

import com.copydesk.model.RuleDescription;
import com.copydesk.model.StoredRuleSet;
import com.copydesk.rules.RuleConfigException;
import com.copydesk.rules.ruleset.RuleCatalog;
import com.copydesk.rules.ruleset.RuleSet;
import com.copydesk.rules.ruleset.RuleSetLoader;
import com.copydesk.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

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
    /** A team store's rule set in its database, {@code ruleFile} being this process's copy of it; null for a SQLite store. */
    private final TeamRuleSet team;

    public ReviewRules(Store store, Path ruleFile, RuleSetLoader loader, FlagDrafts flagger, ReflagDrafts reflagger) {
        this(store, ruleFile, loader, flagger, reflagger, null);
    }

    /** A team store's rules: {@code team} keeps them in the database, {@code ruleFile} is its copy here. */
    public ReviewRules(Store store, Path ruleFile, RuleSetLoader loader, FlagDrafts flagger, ReflagDrafts reflagger,
                       TeamRuleSet team) {
        this.store = store;
        this.ruleFile = ruleFile;
        this.loader = loader;
        this.flagger = flagger;
        this.reflagger = reflagger;
        this.team = team;
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

    /** Where the rules in force came from, for people: the defaults, or the defaults with the store's file or rule set. */
    public String source() {
        if (team != null) {
            return ruleSet().map(r -> "defaults with the team store's rule set version " + r.version()
                    + " (loaded by " + (r.editor() == null ? "an unknown editor" : r.editor()) + " at " + r.changedAt() + ")")
                    .orElse("defaults");
        }
        return flagger.rules().source();
    }

    /** A team store's rule set version in force, kept in its database; empty for a SQLite store or the defaults. */
    public Optional<StoredRuleSet> ruleSet() {
        return team == null ? Optional.empty() : team.current();
    }

    /** True when the store keeps its rules in its database (a team store), false when in a file beside it. */
    public boolean keptInStore() {
        return team != null;
    }

    /**
     * Makes {@code file} the store's rules ({@code rules --load}): beside a SQLite store as its
     * rule file, in a team store's database as the next version of its rule set, by
     * {@code editor}. A file the loader refuses changes nothing. True when the rules in force
     * changed: the drafts then need flagging again ({@link #reflag}).
     *
     * @throws IllegalArgumentException when the file cannot be read or is not a valid rule file, saying why
     */
    public boolean load(Path file, String editor, Instant at) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("the rule file " + file + " cannot be read: " + e.getMessage(), e);
        }
        RuleFileCheck.check(loader, file); // refused here, with the loader's message, before anything is written
        if (team != null) {
            team.add(new String(bytes, StandardCharsets.UTF_8), editor, at);
        } else {
            replaceRuleFile(bytes);
        }
        return reload();
    }

    private void replaceRuleFile(byte[] bytes) {
        try {
            Path temp = Files.createTempFile(ruleFile.toAbsolutePath().getParent(),
                    ruleFile.getFileName().toString(), ".tmp");
            try {
                Files.write(temp, bytes);
                Files.move(temp, ruleFile, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the rule file " + ruleFile + " cannot be written: " + e.getMessage(), e);
        }
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

    /** Reads the rule file (a team store: its rule set) again; true when the rules in force changed. */
    public boolean reload() {
        if (team != null) {
            team.sync();
        }
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

    /**
     * The check of a rule file to load, in a class of its own: a handler for the rules'
     * {@link RuleConfigException} in {@link ReviewRules} itself made the JVM load that class for
     * every command that opens the store ({@code CommandStartupTest}: a read loads no rule class).
     */
    private static final class RuleFileCheck {
        private RuleFileCheck() {
        }

        static void check(RuleSetLoader loader, Path file) {
            try {
                loader.load(file);
            } catch (RuleConfigException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
    }
}
