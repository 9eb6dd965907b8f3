package com.copydesk.support;

import com.copydesk.app.Copydesk;

import java.sql.PreparedStatement;
import java.time.Instant;

/**
 * Sets review state with SQL, as the approve use case will: tests of what comes after a decision
 * (the export) need decided drafts before that use case exists.
 */
public final class Decisions {
    private Decisions() {
    }

    public static void approve(Copydesk desk, Instant at, String... references) {
        decide(desk, "approved", at, references);
    }

    public static void decide(Copydesk desk, String status, Instant at, String... references) {
        desk.store().write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE draft SET status = ?, decided_at = ? WHERE reference = ?")) {
                for (String reference : references) {
                    ps.setString(1, status);
                    ps.setString(2, at == null ? null : at.toString());
                    ps.setString(3, reference);
                    if (ps.executeUpdate() != 1) {
                        throw new IllegalArgumentException("no draft " + reference);
                    }
                }
            }
            return null;
        });
    }

    /** Runs one statement on the store, e.g. to set an editor's score or note. */
    public static void sql(Copydesk desk, String statement) {
        desk.store().write(c -> c.createStatement().executeUpdate(statement));
    }
}
