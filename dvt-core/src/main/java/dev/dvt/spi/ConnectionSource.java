package dev.dvt.spi;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens a new JDBC connection to one database on each call; the caller owns and closes it.
 * Bulk extraction and loading need raw connections (PostgreSQL's COPY API, parallel readers),
 * so they take this instead of an {@link Adapter}.
 */
@FunctionalInterface
public interface ConnectionSource {
    Connection open() throws SQLException;
}
