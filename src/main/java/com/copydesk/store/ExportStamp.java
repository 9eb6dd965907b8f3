package com.copydesk.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * A draft's stamp for exports: its content hash (the SHA-256 of its canonical JSON with the body,
 * which every import that changes the draft changes) and a digest of every review column an
 * export of the draft writes (status, reason, decision time, note, the editor's scores and
 * checklist). Read from the small draft row alone, so that an export can tell from the last
 * export's manifest that a draft is unchanged without reading its text. The findings are not in
 * it: only the CSV report shows them, and it does not use stamps.
 */
final class ExportStamp {
    static final String COLUMNS = "d.content_hash, d.status, d.status_reason, d.decided_at, d.note, d.ed_quality, "
            + "d.ed_freshness, d.ed_depth, d.ed_clarity, d.checklist";
    private static final String[] REVIEW = {"status", "status_reason", "decided_at", "note", "ed_quality",
        "ed_freshness", "ed_depth", "ed_clarity", "checklist"};

    /** One digest for a whole query: looking one up for each row cost more than the hashing. */
    private final MessageDigest digest = sha256();

    String of(ResultSet rs) throws SQLException {
        for (String column : REVIEW) {
            String value = rs.getString(column);
            // null and every text are told apart: a 0 byte never occurs in a column's UTF-8 text,
            // and the length goes first
            if (value == null) {
                digest.update((byte) 0);
            } else {
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                digest.update((byte) 1);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
        }
        return rs.getString("content_hash") + "." + HexFormat.of().formatHex(digest.digest(), 0, 12);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
