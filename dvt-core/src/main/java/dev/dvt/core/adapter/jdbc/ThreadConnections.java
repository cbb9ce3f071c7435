package dev.dvt.core.adapter.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection per thread, opened on first use, plus the statement each thread is running so
 * that {@link #cancelAll()} can interrupt them from another thread.
 */
final class ThreadConnections {
    private static final Logger LOG = LoggerFactory.getLogger(ThreadConnections.class);

    /** A thread's connection and its transaction state. */
    static final class Handle {
        final Connection connection;
        boolean inTransaction;
        volatile Statement running;

        Handle(Connection connection) {
            this.connection = connection;
        }
    }

    interface Opener {
        Connection open() throws SQLException;
    }

    private final Opener opener;
    private final Map<Thread, Handle> handles = new ConcurrentHashMap<>();
    private volatile boolean closed;

    ThreadConnections(Opener opener) {
        this.opener = opener;
    }

    Handle current() throws SQLException {
        if (closed) {
            throw new IllegalStateException("the adapter is closed");
        }
        Thread thread = Thread.currentThread();
        Handle handle = handles.get(thread);
        if (handle == null || handle.connection.isClosed()) {
            handle = new Handle(opener.open());
            handles.put(thread, handle);
            // A pool thread that ends would otherwise keep its connection until close().
            handles.keySet().removeIf(t -> !t.isAlive() && closeQuietly(handles.get(t)));
        }
        return handle;
    }

    void cancelAll() {
        for (Handle handle : handles.values()) {
            Statement statement = handle.running;
            if (statement != null) {
                try {
                    statement.cancel();
                } catch (SQLException e) {
                    LOG.debug("Cancelling a statement failed: {}", e.getMessage());
                }
            }
        }
    }

    void closeAll() {
        closed = true;
        List<Handle> all = new ArrayList<>(handles.values());
        handles.clear();
        all.forEach(ThreadConnections::closeQuietly);
    }

    private static boolean closeQuietly(Handle handle) {
        if (handle == null) {
            return true;
        }
        try {
            if (handle.inTransaction) {
                handle.connection.rollback();
            }
            handle.connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing a connection failed: {}", e.getMessage());
        }
        return true;
    }
}
