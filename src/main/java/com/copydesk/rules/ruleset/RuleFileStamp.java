package com.copydesk.rules.ruleset;

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
 * What the rules in force are made of, as bytes: the rules' code version, the defaults shipped
 * with Copydesk and the store's rule file. Equal stamps mean equal rule sets, so a command that
 * only reads can tell that the drafts' flags are current without loading the rules (the YAML
 * reader and every rule, a third of its start-up). Unequal stamps prove nothing (a comment in the
 * file changes the stamp, not the rules): then the rules are loaded and their version compared.
 */
public final class RuleFileStamp {
    private RuleFileStamp() {
    }

    public static String of(Path ruleFile) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((RuleSetLoader.RULES_CODE_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            try (InputStream defaults = RuleFileStamp.class.getResourceAsStream(RuleSetLoader.DEFAULTS)) {
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
