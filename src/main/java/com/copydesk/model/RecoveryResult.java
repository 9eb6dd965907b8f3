package com.copydesk.model;

import java.nio.file.Path;
import java.util.List;

/** What {@code recover} copied from a damaged store into a new one, and what it could not read. */
public record RecoveryResult(Path from, Path to, List<Table> tables, long orphansDropped) {
    public RecoveryResult {
        tables = List.copyOf(tables);
    }

    /** Rows copied of one table, and the key ranges (or the whole table) that could not be read. */
    public record Table(String table, long copied, List<String> unreadable) {
        public Table {
            unreadable = List.copyOf(unreadable);
        }
    }

    public boolean complete() {
        return tables.stream().allMatch(t -> t.unreadable().isEmpty());
    }
}
