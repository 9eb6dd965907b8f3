package com.copydesk.review;

import com.copydesk.rules.ruleset.RuleSetLoader;
import com.copydesk.store.SettingRepository;
import com.copydesk.store.Store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Whether a store's flags follow its rule file, told without loading the rules: after a command
 * has checked (and, if need be, flagged again) under the rules in force, it records the rule
 * file's stamp beside the rules' version and the similarity index's key it found. A command that
 * only reads then compares the stamp; the version and the key are recorded too, so that flags or
 * an index written since by another program (an older Copydesk) that knows nothing of the stamp
 * are not taken for current.
 *
 * <p>The stamp is what the rules in force are made of, as bytes: the rules' code version, the
 * defaults shipped with Copydesk and the store's rule file. Equal stamps mean equal rule sets;
 * unequal ones prove nothing (a comment in the file changes the stamp, not the rules): then the
 * rules are loaded and their version compared. The loader's constants are compile-time
 * constants, so reading them here loads none of the rules' classes.
 */
public final class RuleFileStamps {
    static final String STAMP = "rule_file_stamp";

    private final SettingRepository settings;

    public RuleFileStamps(SettingRepository settings) {
        this.settings = settings;
    }

    /** True when the flags are known to follow this rule file; false means "load the rules and see". */
    public boolean current(Store store, Path ruleFile) {
        String stamp = stampOf(ruleFile);
        return store.reading(tx -> {
            String version = settings.get(tx, FlagDrafts.RULES_VERSION).orElse("");
            return !version.isEmpty() && recorded(stamp, version, settings.get(tx, FlagDrafts.SIMILARITY_INDEX).orElse(""))
                    .equals(settings.get(tx, STAMP).orElse(""));
        });
    }

    /** Records that the flags follow this rule file: call only after the rules were checked and found current. */
    public void record(Store store, Path ruleFile) {
        String stamp = stampOf(ruleFile);
        store.transaction(tx -> {
            String version = settings.get(tx, FlagDrafts.RULES_VERSION).orElse("");
            if (!version.isEmpty()) {
                settings.put(tx, STAMP, recorded(stamp, version, settings.get(tx, FlagDrafts.SIMILARITY_INDEX).orElse("")));
            }
            return null;
        });
    }

    private static String recorded(String stamp, String rulesVersion, String similarityIndex) {
        return stamp + " " + rulesVersion + " " + similarityIndex;
    }

    static String stampOf(Path ruleFile) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((RuleSetLoader.RULES_CODE_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            try (InputStream defaults = RuleFileStamps.class.getResourceAsStream(RuleSetLoader.DEFAULTS)) {
                if (defaults != null) {
                    digest.update(defaults.readAllBytes());
                }
            }
            digest.update((byte) 0);
            try {
                digest.update(Files.readAllBytes(ruleFile));
            } catch (NoSuchFileException e) {
                digest.update("(no rule file)".getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
