package dev.dvt.spi;

import dev.dvt.core.dialect.SqlDialect;
import java.util.List;
import java.util.Optional;

/**
 * One target's database, shared by every thread of a run. Each thread gets its own connection,
 * opened on first use; a transaction belongs to the calling thread's connection. Failures are
 * {@link dev.dvt.core.DvtException}s: CONNECTION when the database cannot be reached, DATABASE with
 * the database's own message when a statement fails.
 *
 * <p>The adapter caches which relations exist per schema. Its own DDL methods keep the cache
 * current; after running DDL through {@link #execute}, report the result with {@link #cacheAdded}
 * or {@link #cacheDropped}.
 */
public interface Adapter extends AutoCloseable {

    /** The adapter type, e.g. {@code duckdb}. */
    String type();

    /** The adapter types {@code adapter.dispatch} tries, most specific first, e.g. {@code [redshift, postgres]}. */
    default List<String> dispatchTypes() {
        return List.of(type());
    }

    SqlDialect dialect();

    /** The target's default database (catalog) and schema, as relations without a database/schema use. */
    String defaultDatabase();

    String defaultSchema();

    /** A relation named with this adapter's dialect and quoting policy. */
    Relation relation(String database, String schema, String identifier, RelationType type);

    // ---- statements ------------------------------------------------------------------------------

    /** Runs one statement on this thread's connection; with {@code fetch}, returns its rows. */
    QueryResult execute(String sql, boolean fetch);

    /** Like {@link #execute} with fetch, keeping at most {@code limit} rows (for {@code show}). */
    QueryResult executeWithLimit(String sql, int limit);

    /** Opens a transaction on this thread's connection; a no-op when one is already open. */
    void begin();

    /** Commits this thread's open transaction; a no-op when none is open. */
    void commit();

    /** Rolls back this thread's open transaction; a no-op when none is open. */
    void rollback();

    boolean inTransaction();

    // ---- relations -------------------------------------------------------------------------------

    /** The relation with these names (compared case-insensitively), or empty. Uses the cache. */
    Optional<Relation> getRelation(String database, String schema, String identifier);

    /** Every table and view in a schema; the result fills the cache for that schema. */
    List<Relation> listRelations(String database, String schema);

    List<String> listSchemas(String database);

    /** The columns of a relation in ordinal order; empty when it does not exist. */
    List<Column> getColumns(Relation relation);

    void createSchema(String database, String schema);

    /** Drops a table or view (cascading to dependent views where the database can); missing is fine. */
    void dropRelation(Relation relation);

    /** Renames within the relation's schema. */
    void renameRelation(Relation from, String newIdentifier);

    void truncateRelation(Relation relation);

    /** Records that a relation now exists (after DDL run through {@link #execute}). */
    void cacheAdded(Relation relation);

    /** Records that a relation is gone. */
    void cacheDropped(Relation relation);

    /** Forgets everything cached, so the next look-up asks the database. */
    void clearCache();

    // ---- bulk load and metadata ------------------------------------------------------------------

    /** Bulk-loads a CSV file into an existing table with the database's fastest path; never row by row. */
    AdapterResponse loadSeed(Relation table, SeedLoad seed);

    /** Sets a comment on a relation (persist_docs); a no-op where the database has none. */
    void commentOnRelation(Relation relation, String comment);

    void commentOnColumn(Relation relation, String column, String comment);

    /** Time spent waiting for the database's statements, summed over all threads (for benchmarks). */
    default long statementNanos() {
        return 0;
    }

    /**
     * This thread's JDBC connection, for metadata work done in plain JDBC (catalog, source freshness);
     * empty when the adapter is not JDBC based. The adapter owns it: do not close it.
     */
    default Optional<java.sql.Connection> jdbcConnection() {
        return Optional.empty();
    }

    /**
     * New connections to this target, each owned and closed by the caller, for bulk work that
     * needs its own (federation extracts and loads, parallel readers).
     */
    default ConnectionSource connectionSource() {
        throw new dev.dvt.core.DvtException(dev.dvt.core.ErrorCode.FEDERATION,
                "Target type '" + type() + "' cannot open connections for federation");
    }

    // ---- lifecycle -------------------------------------------------------------------------------

    /** Cancels the statements running on every thread (Ctrl-C); their callers see a DATABASE error. */
    void cancelRunningQueries();

    /** Closes every connection; the adapter cannot be used afterwards. */
    @Override
    void close();
}
