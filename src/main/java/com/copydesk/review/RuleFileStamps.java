package com.copydesk.review;

import com.copydesk.rules.ruleset.RuleFileStamp;
import com.copydesk.store.SettingRepository;
import com.copydesk.store.Store;

import java.nio.file.Path;

/**
 * Whether a store's flags follow its rule file, told without loading the rules: after a command
 * has checked (and, if need be, flagged again) under the rules in force, it records the rule
 * file's stamp beside the rules' version it found. A command that only reads then compares the
 * stamp; the version is recorded too, so that flags written since by another program (an older
 * Copydesk) that knows nothing of the stamp are not taken for current.
 */
public final class RuleFileStamps {
    static final String STAMP = "rule_file_stamp";

    private final SettingRepository settings;

    public RuleFileStamps(SettingRepository settings) {
        this.settings = settings;
    }

    /** True when the flags are known to follow this rule file; false means "load the rules and see". */
    public boolean current(Store store, Path ruleFile) {
        String stamp = RuleFileStamp.of(ruleFile);
        return store.read(c -> {
            String version = settings.get(c, FlagDrafts.RULES_VERSION).orElse("");
            return !version.isEmpty() && (stamp + " " + version).equals(settings.get(c, STAMP).orElse(""));
        });
    }

    /** Records that the flags follow this rule file: call only after the rules were checked and found current. */
    public void record(Store store, Path ruleFile) {
        String stamp = RuleFileStamp.of(ruleFile);
        store.write(c -> {
            String version = settings.get(c, FlagDrafts.RULES_VERSION).orElse("");
            if (!version.isEmpty()) {
                settings.put(c, STAMP, stamp + " " + version);
            }
            return null;
        });
    }
}
