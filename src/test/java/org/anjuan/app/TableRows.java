package org.anjuan.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of every table of an H2 register, read over JDBC: the tables come from INFORMATION_SCHEMA, so a table
 * a later migration adds is compared without anyone listing it.
 */
final class TableRows {

    private TableRows() {
    }

    /** Table (lower case) → its rows, each row its columns' text, in primary-key-free but stable order. */
    static Map<String, List<List<String>>> of(Path database) throws SQLException {
        String url = "jdbc:h2:file:" + database.toAbsolutePath() + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0";
        Map<String, List<List<String>>> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            for (String table : names) {
                List<List<String>> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT * FROM \"PUBLIC\".\"" + table + "\"")) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= columns; i++) {
                            row.add(r.getString(i));
                        }
                        rows.add(row);
                    }
                }
                rows.sort((a, b) -> String.join("\u0001", nonNull(a)).compareTo(String.join("\u0001", nonNull(b))));
                tables.put(table.toLowerCase(Locale.ROOT), rows);
            }
        }
        return tables;
    }

    private static List<String> nonNull(List<String> row) {
        return row.stream().map(v -> v == null ? "\u0000" : v).toList();
    }
}
