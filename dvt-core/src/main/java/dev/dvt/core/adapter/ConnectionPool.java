package dev.dvt.core.adapter;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.events.Redactor;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One target's HikariCP pool, created on the first request. Before the pool exists, one plain
 * connection is opened through the driver (retried on connection-level failures), so a wrong
 * password or an unreachable host surfaces at once as a CONNECTION error naming the target,
 * instead of as a pool timeout or a logged stack trace.
 */
public final class ConnectionPool implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionPool.class);
    private static final long RETRY_PAUSE_MILLIS = 1_000;

    /**
     * How to reach the database.
     *
     * @param target the target name, for messages and the pool name
     * @param where what to name in messages, e.g. {@code postgres at db.example.com:5432/analytics}
     * @param properties driver properties, credentials included
     * @param maxSize pool size (threads + 1)
     * @param connectTimeoutSeconds how long one connection attempt may take
     * @param initSql run on every new connection (e.g. SET ROLE), or null
     * @param retries further attempts after a connection-level failure
     */
    public record Settings(String target, String where, Driver driver, String jdbcUrl, Properties properties,
            int maxSize, int connectTimeoutSeconds, String initSql, int retries) {
        public Settings {
            requireNonNull(target, "target is null");
            requireNonNull(where, "where is null");
            requireNonNull(driver, "driver is null");
            requireNonNull(jdbcUrl, "jdbcUrl is null");
            properties = copy(requireNonNull(properties, "properties is null"));
            if (maxSize < 1 || connectTimeoutSeconds < 1 || retries < 0) {
                throw new IllegalArgumentException("maxSize and connectTimeoutSeconds must be positive, retries >= 0");
            }
        }

        @Override
        public Properties properties() {
            return copy(properties);
        }

        private static Properties copy(Properties from) {
            Properties to = new Properties();
            to.putAll(from);
            return to;
        }
    }

    private final Settings settings;
    private volatile HikariDataSource pool;
    private volatile boolean closed;

    public ConnectionPool(Settings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    public Settings settings() {
        return settings;
    }

    /** A pooled connection; closing it returns it to the pool. */
    public Connection connection() throws SQLException {
        HikariDataSource current = pool;
        if (current == null) {
            current = start();
        }
        try {
            return current.getConnection();
        } catch (SQLException e) {
            throw connectionError(e);
        }
    }

    /**
     * A connection of its own, outside the pool, for bulk work (federation extracts and loads over
     * several connections at once) that must neither wait for nor starve the model threads' pool.
     * Closing it closes it.
     */
    public Connection dedicated() throws SQLException {
        start();
        try {
            Connection c = settings.driver().connect(settings.jdbcUrl(), settings.properties());
            if (settings.initSql() != null) {
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute(settings.initSql());
                } catch (SQLException e) {
                    c.close();
                    throw e;
                }
            }
            return c;
        } catch (SQLException e) {
            throw connectionError(e);
        }
    }

    private synchronized HikariDataSource start() {
        if (closed) {
            throw new IllegalStateException("the connection pool of target '" + settings.target() + "' is closed");
        }
        if (pool == null) {
            probe();
            pool = new HikariDataSource(config());
        }
        return pool;
    }

    private void probe() {
        for (int attempt = 0; ; attempt++) {
            try (Connection c = settings.driver().connect(settings.jdbcUrl(), settings.properties())) {
                if (c == null) {
                    throw new DvtException(ErrorCode.CONNECTION, "Target '" + settings.target() + "': the driver "
                            + settings.driver().getClass().getName() + " does not accept the URL " + settings.jdbcUrl());
                }
                return;
            } catch (SQLException e) {
                if (attempt >= settings.retries() || !isConnectionLevel(e)) {
                    throw connectionError(e);
                }
                LOG.debug("Connecting to target {} failed ({}); retrying", settings.target(), e.getMessage());
                pause();
            }
        }
    }

    /** SQLSTATE class 08 is "connection exception": worth another try, unlike a refused login. */
    private static boolean isConnectionLevel(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("08");
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DvtException(ErrorCode.CONNECTION, "Interrupted while connecting", e);
        }
    }

    private HikariConfig config() {
        HikariConfig config = new HikariConfig();
        config.setPoolName("dvt-" + settings.target());
        config.setDataSource(new DriverDataSource(settings.driver(), settings.jdbcUrl(), settings.properties()));
        config.setMaximumPoolSize(settings.maxSize());
        config.setMinimumIdle(1);
        config.setConnectionTimeout(settings.connectTimeoutSeconds() * 1000L + 2_000);
        // The probe has just proven that connecting works; failures from here on are per request.
        config.setInitializationFailTimeout(-1);
        if (settings.initSql() != null) {
            config.setConnectionInitSql(settings.initSql());
        }
        return config;
    }

    /** A CONNECTION error naming the target and where it points, with the driver's reason (secrets masked). */
    public DvtException connectionError(SQLException e) {
        StringBuilder reason = new StringBuilder(String.valueOf(e.getMessage()).strip());
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !reason.toString().contains(cause.getMessage())) {
            reason.append(" (").append(cause.getMessage().strip()).append(')');
        }
        return new DvtException(ErrorCode.CONNECTION, "Cannot connect to target '" + settings.target() + "' ("
                + settings.where() + "): " + Redactor.redact(reason.toString()), e);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }
}
