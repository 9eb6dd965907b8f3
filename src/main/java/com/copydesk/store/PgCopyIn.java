package com.copydesk.store;

import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

/**
 * Rows written into a team store with {@code COPY … FROM STDIN} (the driver's {@code CopyManager})
 * rather than a batch of {@code INSERT}s: {@code copy-store}'s many narrow rows (tags, findings, the
 * near-duplicate index: about 48 of the 49 rows a draft brings) go in one stream a page, without a
 * statement for each row. Values are written in COPY's text format: {@code \N} for null, a
 * backslash before tab, newline, carriage return and backslash, bytes as {@code \\x} and hex.
 */
final class PgCopyIn {
    private PgCopyIn() {
    }

    static void rows(Connection c, String table, List<String> columns, List<Object[]> rows, int width)
            throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 32);
        for (Object[] row : rows) {
            for (int i = 0; i < width; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                value(text, row[i]);
            }
            text.append('\n');
        }
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns)
                    + ") FROM STDIN", new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed: " + e.getMessage(), e);
        }
    }

    static void value(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof byte[] bytes) {
            text.append("\\\\x").append(HexFormat.of().formatHex(bytes));
        } else {
            String s = value.toString();
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(ch);
                }
            }
        }
    }
}
