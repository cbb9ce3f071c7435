package dev.dvt.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh database (schema) on the MariaDB server that scripts/test-databases.sh starts on
 * 127.0.0.1:3306 (root, no password, local_infile on), dropped again on close.
 */
public final class TestingMariaDbServer implements AutoCloseable {
    public static final String HOST = "127.0.0.1";
    public static final int PORT = 3306;
    public static final String USER = "root";

    private final String database;

    public TestingMariaDbServer() {
        database = "dvt_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + database, "");
    }

    public String database() {
        return database;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://" + HOST + ":" + PORT + "/" + database + "?allowLocalInfile=true";
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, "");
    }

    public void execute(String sql) {
        execute(sql, database);
    }

    /** Runs a statement without a current database (e.g. dropping another schema a test created). */
    public void executeWithoutDatabase(String sql) {
        execute(sql, "");
    }

    private static void execute(String sql, String db) {
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:mariadb://" + HOST + ":" + PORT + "/" + db, USER, "");
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB on " + HOST + ":" + PORT
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
        execute("DROP DATABASE IF EXISTS " + database, "");
    }
}
