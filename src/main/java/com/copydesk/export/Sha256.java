package com.copydesk.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex: the manifest's content hashes and the file names' suffixes. */
final class Sha256 {
    private Sha256() {
    }

    /** One digest a thread: looking one up for each draft's line cost as much as hashing it. */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(DIGEST.get().digest(bytes));
    }

    static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
