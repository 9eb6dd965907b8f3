package com.copydesk.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A team store's address, {@code postgresql://[USER@]HOST[:PORT]/DATABASE}. It never holds a
 * password: it comes from {@code $PGPASSWORD} or {@code ~/.pgpass}, so that none is on a
 * command line, in a process list or in a log. {@code --db} reaches us as a file path, which
 * folds the two slashes into one; both spellings are read.
 */
public record PgAddress(String user, String host, int port, String database) {
    public static final int DEFAULT_PORT = 5432;
    private static final Pattern FORM = Pattern.compile(
            "(?i)postgres(?:ql)?:/{1,2}(?:([^@/:]+)@)?(\\[[^\\]]+\\]|[^:/@]+)(?::(\\d{1,5}))?/([^/?#]+)/?");

    /** True when {@code text} names a PostgreSQL store rather than a SQLite file. */
    public static boolean isAddress(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql:/") || lower.startsWith("postgres:/");
    }

    /**
     * @throws IllegalArgumentException saying what the address should look like, for one that
     *                                  names PostgreSQL but cannot be read (or carries a password)
     */
    public static PgAddress parse(String text) {
        if (text.matches("(?i)postgres(?:ql)?:/{1,2}[^@/]*:[^@/]*@.*")) {
            throw new IllegalArgumentException("The store address carries a password: remove it, and set it in"
                    + " PGPASSWORD or ~/.pgpass instead, where no process list or log shows it.");
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("Cannot read the store address " + text
                    + ": write it postgresql://[USER@]HOST[:PORT]/DATABASE, e.g. postgresql://ana@db.example:5432/copydesk.");
        }
        int port = m.group(3) == null ? DEFAULT_PORT : Integer.parseInt(m.group(3));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The port in the store address " + text + " is not a port (1 to 65535).");
        }
        String user = m.group(1) == null ? null : URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
        return new PgAddress(user, m.group(2), port, URLDecoder.decode(m.group(4), StandardCharsets.UTF_8));
    }

    /** The address when {@code text} is one, else empty (a SQLite file). */
    public static Optional<PgAddress> of(String text) {
        return isAddress(text) ? Optional.of(parse(text)) : Optional.empty();
    }

    /** The driver's URL; the user is passed apart from it. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The address as a person writes it (never with a password: it has none). */
    @Override
    public String toString() {
        return "postgresql://" + (user == null ? "" : user + "@") + host + ":" + port + "/" + database;
    }

    /** Host and port, as messages about reaching the server name them. */
    public String server() {
        return host + ":" + port;
    }
}
