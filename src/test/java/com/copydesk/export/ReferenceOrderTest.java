package com.copydesk.export;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceOrderTest {
    @Test
    void sortsReferencesAsSqliteOrdersThem() throws Exception {
        List<String> references = List.of("b", "a", "ab", "A", "\uFFFD", "\uD83D\uDE00", "\uE000", "é", "e\u0301",
                "", "z\uD800\uDC00", "z\uFFFF");
        List<String> sqlite = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE r (reference TEXT)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO r VALUES (?)")) {
                for (String reference : references) {
                    insert.setString(1, reference);
                    insert.executeUpdate();
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT reference FROM r ORDER BY reference")) {
                while (rs.next()) {
                    sqlite.add(rs.getString(1));
                }
            }
        }
        assertThat(references.stream().sorted(ReferenceOrder.COMPARATOR).toList()).isEqualTo(sqlite);
        assertThat(references.stream().sorted().toList()).as("String order differs").isNotEqualTo(sqlite);
    }
}
