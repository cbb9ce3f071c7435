package dev.dvt.core.bulk;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A private in-memory DuckDB used as a format converter (CSV to Parquet and back). Sessions run
 * in UTC so that timestamps with a time zone are written and read without a local offset.
 */
public final class EmbeddedDuckDb {
    private EmbeddedDuckDb() {
    }

    public static Connection open() {
        try {
            Connection connection = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement s = connection.createStatement()) {
                s.execute("SET TimeZone = 'UTC'");
            }
            return connection;
        } catch (SQLException e) {
            throw new DvtException(ErrorCode.FEDERATION, "Cannot start embedded DuckDB: " + e.getMessage(), e);
        }
    }

    /** A string literal in DuckDB SQL. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** A quoted DuckDB identifier. */
    public static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
