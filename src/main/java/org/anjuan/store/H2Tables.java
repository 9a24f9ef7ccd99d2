package org.anjuan.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What an H2 database holds, read over plain JDBC: its tables, their rows and its Flyway version. */
final class H2Tables {

    private static final String HISTORY = "flyway_schema_history";

    private H2Tables() {
    }

    /** Every table of the register's schema, as H2 spells it. */
    static List<String> names(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                        + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    /** Every table's rows, by lower-case name. */
    static Map<String, Long> rowCounts(Connection c) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : names(c)) {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + quoted(table))) {
                r.next();
                counts.put(table.toLowerCase(Locale.ROOT), r.getLong(1));
            }
        }
        return counts;
    }

    /** The highest Flyway version applied successfully, or null in a database Flyway never migrated. */
    static String schemaVersion(Connection c) throws SQLException {
        String history = names(c).stream().filter(HISTORY::equalsIgnoreCase).findFirst().orElse(null);
        if (history == null) {
            return null;
        }
        List<String> versions = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT \"version\" FROM "
                + quoted(history) + " WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (r.next()) {
                versions.add(r.getString(1));
            }
        }
        return SchemaVersions.highest(versions);
    }

    static String quoted(String table) {
        return "\"PUBLIC\".\"" + table.replace("\"", "\"\"") + "\"";
    }
}
