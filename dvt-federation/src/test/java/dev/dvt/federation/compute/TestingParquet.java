package dev.dvt.federation.compute;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Writes test inputs as Parquet and reads results back, both with embedded DuckDB. */
final class TestingParquet {
    private TestingParquet() {
    }

    /** Writes the rows of a DuckDB query to {@code file}. */
    static String write(Path file, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (" + query + ") TO '" + file + "' (FORMAT parquet)");
        }
        return file.toString();
    }

    /** Every row of the given Parquet files, columns joined by {@code |}, ordered by all columns. */
    static List<String> rows(List<String> files) throws SQLException {
        if (files.isEmpty()) {
            return List.of();
        }
        String list = String.join(", ", files.stream().map(f -> "'" + f + "'").toList());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM read_parquet([" + list + "]) ORDER BY ALL")) {
            int columns = rs.getMetaData().getColumnCount();
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(rs.getString(i));
                }
                rows.add(String.join("|", values));
            }
            return rows;
        }
    }

    /** One aggregate expression over one Parquet file, as text. */
    static String aggregate(String file, String expression) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + expression + " FROM read_parquet('" + file + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
