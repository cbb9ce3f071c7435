package dev.dvt.core.adapter.duckdb;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/**
 * One open in-process DuckDB database per file, shared by every adapter of the JVM that names
 * the same file (DuckDB allows a single writer process per file). Threads get their own
 * connection with {@link DuckDBConnection#duplicate()}. {@code :memory:} databases are private to
 * the adapter that opened them.
 */
final class DuckDbDatabases {
    static final String MEMORY = ":memory:";

    private static final Map<String, Shared> OPEN = new HashMap<>();

    private static final class Shared {
        final DuckDBConnection root;
        int users;

        Shared(DuckDBConnection root) {
            this.root = root;
        }
    }

    private DuckDbDatabases() {
    }

    /** Opens (or joins) the database at {@code path}; pair every call with {@link #release}. */
    static synchronized DuckDBConnection acquire(String path) throws SQLException {
        if (MEMORY.equals(path)) {
            return open(path);
        }
        Shared shared = OPEN.get(path);
        if (shared == null || shared.root.isClosed()) {
            shared = new Shared(open(path));
            OPEN.put(path, shared);
        }
        shared.users++;
        return shared.root;
    }

    static synchronized void release(String path, DuckDBConnection root) throws SQLException {
        if (MEMORY.equals(path)) {
            root.close();
            return;
        }
        Shared shared = OPEN.get(path);
        if (shared != null && shared.root == root && --shared.users == 0) {
            OPEN.remove(path);
            root.close();
        }
    }

    private static DuckDBConnection open(String path) throws SQLException {
        String url = MEMORY.equals(path) ? "jdbc:duckdb:" : "jdbc:duckdb:" + path;
        return (DuckDBConnection) DriverManager.getConnection(url);
    }
}
