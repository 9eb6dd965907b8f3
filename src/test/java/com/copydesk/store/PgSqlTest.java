package com.copydesk.store;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PgSqlTest {
    @Test
    void sqliteFormsAreSaidInPostgresWords() {
        assertThat(PgSql.rewrite("SELECT group_concat(f.rule || ' ' || f.severity, ',') FROM finding f").sql())
                .isEqualTo("SELECT string_agg(f.rule || ' ' || f.severity, ',') FROM finding f");
        assertThat(PgSql.rewrite("SELECT value FROM draft_tag ORDER BY value COLLATE NOCASE").sql())
                .isEqualTo("SELECT value FROM draft_tag ORDER BY lower(value)");
        assertThat(PgSql.rewrite("SELECT coalesce(d.topic, '') COLLATE NOCASE AS k").sql())
                .isEqualTo("SELECT lower(coalesce(d.topic, '')) AS k");
        assertThat(PgSql.rewrite("INSERT OR IGNORE INTO boilerplate (feature) VALUES (?)").sql())
                .isEqualTo("INSERT INTO boilerplate (feature) VALUES (?) ON CONFLICT DO NOTHING");
        assertThat(PgSql.rewrite("SELECT coalesce(sum(severity >= 3), 0) FROM draft d INDEXED BY draft_state").sql())
                .isEqualTo("SELECT coalesce(sum(CASE WHEN severity >= 3 THEN 1 ELSE 0 END), 0) FROM draft d");
        assertThat(PgSql.rewrite("SELECT 1 FROM draft WHERE id IN (SELECT value FROM json_each(?))").sql())
                .contains("value::bigint FROM json_array_elements_text(CAST(? AS json))");
    }

    @Test
    void theFullTextQueryParameterIsFoundAmongTheOthers() {
        PgSql.Rewritten search = PgSql.rewrite("SELECT d.id FROM draft d WHERE d.status = ? AND d.id IN "
                + "(SELECT rowid FROM draft_fts WHERE draft_fts MATCH ?) AND d.id < ?");
        assertThat(search.sql()).isEqualTo("SELECT d.id FROM draft d WHERE d.status = ? AND d.id IN "
                + "(SELECT draft_id FROM draft_fts WHERE draft_fts.doc @@ CAST(? AS tsquery)) AND d.id < ?");
        assertThat(search.ftsParameters()).isEqualTo(Set.of(2));
    }
}
