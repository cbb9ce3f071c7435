package dev.dvt.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh database on the PostgreSQL server that scripts/test-databases.sh starts on
 * 127.0.0.1:5432 (trust auth), dropped again on close.
 */
public final class TestingPostgresServer implements AutoCloseable {
    public static final String HOST = "127.0.0.1";
    public static final int PORT = 5432;
    public static final String USER = "postgres";

    private final String database;

    public TestingPostgresServer() {
        database = "dvt_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("postgres", "CREATE DATABASE " + database);
    }

    public String database() {
        return database;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, "");
    }

    public void execute(String sql) {
        execute(database, sql);
    }

    private static void execute(String db, String sql) {
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + db, USER, "");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on " + HOST + ":" + PORT
                    + " is needed by this test; start it with scripts/test-databases.sh start (" + e.getMessage() + ")", e);
        }
        try (c; Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test setup statement failed: " + sql + " (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void close() {
        execute("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
}
