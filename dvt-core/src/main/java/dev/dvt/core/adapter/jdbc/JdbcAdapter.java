package dev.dvt.core.adapter.jdbc;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.QuotingConfig;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.core.dialect.SqlDialect;
import dev.dvt.core.events.Redactor;
import dev.dvt.spi.Adapter;
import dev.dvt.spi.AdapterEnvironment;
import dev.dvt.spi.AdapterResponse;
import dev.dvt.spi.Column;
import dev.dvt.spi.QueryResult;
import dev.dvt.spi.Relation;
import dev.dvt.spi.RelationType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts every JDBC database shares: a connection per thread, transactions, statement
 * execution with errors turned into {@link DvtException}s carrying the database's message
 * (secrets redacted), and relation/column listing from {@code information_schema}. A database's
 * adapter supplies the connection and its bulk seed load, and overrides the catalog queries
 * where its {@code information_schema} differs.
 */
public abstract class JdbcAdapter implements Adapter {
    private final java.util.concurrent.atomic.LongAdder statementNanos = new java.util.concurrent.atomic.LongAdder();
    private static final Logger LOG = LoggerFactory.getLogger(JdbcAdapter.class);

    private final TargetConfig target;
    private final AdapterEnvironment env;
    private final SqlDialect dialect;
    private final Relation.Parts quoting;
    private final ThreadConnections connections;
    private final RelationCache cache = new RelationCache();

    protected JdbcAdapter(TargetConfig target, AdapterEnvironment env, SqlDialect dialect) {
        this.target = requireNonNull(target, "target is null");
        this.env = requireNonNull(env, "env is null");
        this.dialect = requireNonNull(dialect, "dialect is null");
        this.quoting = quotingParts(env.quoting());
        this.connections = new ThreadConnections(this::openConnection);
    }

    /** dbt quotes every part unless the project says otherwise. */
    private static Relation.Parts quotingParts(QuotingConfig q) {
        return new Relation.Parts(q.database() == null || q.database(), q.schema() == null || q.schema(),
                q.identifier() == null || q.identifier());
    }

    /** Opens a new connection for the calling thread. */
    protected abstract Connection openConnection() throws SQLException;

    /** A connection for bulk work; adapters with a pool give one outside it. */
    protected Connection openBulkConnection() throws SQLException {
        return openConnection();
    }

    @Override
    public dev.dvt.spi.ConnectionSource connectionSource() {
        return this::openBulkConnection;
    }

    protected TargetConfig target() {
        return target;
    }

    protected AdapterEnvironment environment() {
        return env;
    }

    @Override
    public SqlDialect dialect() {
        return dialect;
    }

    @Override
    public String defaultSchema() {
        return target.schema();
    }

    @Override
    public String defaultDatabase() {
        return target.database();
    }

    @Override
    public Relation relation(String database, String schema, String identifier, RelationType type) {
        return new Relation(database, schema, identifier, type, dialect, quoting);
    }

    // ---- statements ------------------------------------------------------------------------------

    @Override
    public QueryResult execute(String sql, boolean fetch) {
        return run(sql, fetch, Integer.MAX_VALUE);
    }

    @Override
    public QueryResult executeWithLimit(String sql, int limit) {
        return run(sql, true, limit);
    }

    private QueryResult run(String sql, boolean fetch, int limit) {
        requireNonNull(sql, "sql is null");
        if (LOG.isDebugEnabled()) {
            LOG.debug("On {}: {}", target.name(), Redactor.redact(sql.strip()));
        }
        long start = System.nanoTime();
        try {
            ThreadConnections.Handle handle = connections.current();
            try (Statement statement = handle.connection.createStatement()) {
                if (fetch && limit < Integer.MAX_VALUE) {
                    statement.setMaxRows(limit);
                }
                handle.running = statement;
                try {
                    boolean hasRows = statement.execute(sql);
                    if (hasRows) {
                        try (ResultSet rs = statement.getResultSet()) {
                            return fetch ? readRows(rs, limit) : QueryResult.of(AdapterResponse.ok(rowsAffected(rs)));
                        }
                    }
                    long count = statement.getLargeUpdateCount();
                    return QueryResult.of(AdapterResponse.ok(count));
                } finally {
                    handle.running = null;
                }
            }
        } catch (SQLException e) {
            throw databaseError(e);
        } finally {
            long elapsed = System.nanoTime() - start;
            statementNanos.add(elapsed);
            LOG.debug("SQL status on {}: done in {} ms", target.name(), elapsed / 1_000_000.0);
        }
    }

    @Override
    public long statementNanos() {
        return statementNanos.sum();
    }

    /**
     * The rows a statement changed when the driver reports them as a result set rather than an
     * update count (DuckDB answers DML and CREATE TABLE AS with a one-row {@code Count}); -1 here.
     */
    protected long rowsAffected(ResultSet rs) throws SQLException {
        return -1;
    }

    private static QueryResult readRows(ResultSet rs, int limit) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        List<String> names = new ArrayList<>(n);
        List<String> types = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            names.add(meta.getColumnLabel(i));
            types.add(meta.getColumnTypeName(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (rows.size() < limit && rs.next()) {
            List<Object> row = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                row.add(rs.getObject(i));
            }
            rows.add(row);
        }
        return new QueryResult(AdapterResponse.ok(rows.size()), names, types, rows);
    }

    @Override
    public Optional<Connection> jdbcConnection() {
        try {
            return Optional.of(connections.current().connection);
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /** The database's own message, secrets masked. */
    protected DvtException databaseError(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        return new DvtException(ErrorCode.DATABASE, Redactor.redact(message), e);
    }

    @Override
    public void begin() {
        try {
            ThreadConnections.Handle handle = connections.current();
            if (!handle.inTransaction) {
                LOG.debug("On {}: BEGIN", target.name());
                handle.connection.setAutoCommit(false);
                handle.inTransaction = true;
            }
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    @Override
    public void commit() {
        endTransaction(true);
    }

    @Override
    public void rollback() {
        endTransaction(false);
    }

    private void endTransaction(boolean commit) {
        try {
            ThreadConnections.Handle handle = connections.current();
            if (!handle.inTransaction) {
                return;
            }
            LOG.debug("On {}: {}", target.name(), commit ? "COMMIT" : "ROLLBACK");
            handle.inTransaction = false;
            long start = System.nanoTime();
            try {
                if (commit) {
                    handle.connection.commit();
                } else {
                    handle.connection.rollback();
                    // DDL inside the rolled-back transaction may have changed what the cache holds.
                    cache.clear();
                }
            } finally {
                handle.connection.setAutoCommit(true);
                statementNanos.add(System.nanoTime() - start);
            }
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    @Override
    public boolean inTransaction() {
        try {
            return connections.current().inTransaction;
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    // ---- relations -------------------------------------------------------------------------------

    @Override
    public Optional<Relation> getRelation(String database, String schema, String identifier) {
        Optional<Relation> cached = cache.find(database, schema, identifier);
        if (cached != null) {
            return cached;
        }
        return listRelations(database, schema).stream()
                .filter(r -> r.getIdentifier().equalsIgnoreCase(identifier)).findFirst();
    }

    @Override
    public List<Relation> listRelations(String database, String schema) {
        List<Relation> relations = fetchRelations(database, schema);
        cache.putSchema(database, schema, relations);
        return relations;
    }

    /** Asks the database for every table and view of a schema; {@link #listRelations} caches the answer. */
    protected List<Relation> fetchRelations(String database, String schema) {
        List<Relation> relations = new ArrayList<>();
        queryCatalog(listRelationsSql(database), binds(schema, database), rs -> relations.add(
                relation(database, rs.getString(2), rs.getString(1), relationType(rs.getString(3)))));
        return relations;
    }

    /** Maps a {@code table_type} value; unknown kinds count as tables. */
    protected RelationType relationType(String tableType) {
        try {
            return RelationType.parse(tableType);
        } catch (IllegalArgumentException e) {
            return RelationType.TABLE;
        }
    }

    /** Selects table_name, table_schema, table_type for a schema (bind 1) and, with a database, its catalog (bind 2). */
    protected String listRelationsSql(String database) {
        return "select table_name, table_schema, table_type from information_schema.tables"
                + " where lower(table_schema) = lower(?)" + catalogFilter(database);
    }

    protected String catalogFilter(String database) {
        return database != null && dialect.supportsCatalogs() ? " and lower(table_catalog) = lower(?)" : "";
    }

    private List<Object> binds(String schema, String database) {
        List<Object> binds = new ArrayList<>();
        binds.add(schema);
        if (database != null && dialect.supportsCatalogs()) {
            binds.add(database);
        }
        return binds;
    }

    @Override
    public List<String> listSchemas(String database) {
        String sql = "select schema_name from information_schema.schemata where 1 = 1"
                + (database != null && dialect.supportsCatalogs() ? " and lower(catalog_name) = lower(?)" : "");
        List<Object> binds = database != null && dialect.supportsCatalogs() ? List.of(database) : List.of();
        List<String> schemas = new ArrayList<>();
        queryCatalog(sql, binds, rs -> schemas.add(rs.getString(1)));
        return schemas;
    }

    @Override
    public List<Column> getColumns(Relation relation) {
        String sql = "select column_name, data_type, character_maximum_length, numeric_precision, numeric_scale"
                + " from information_schema.columns where lower(table_name) = lower(?)"
                + " and lower(table_schema) = lower(?)" + catalogFilter(relation.getDatabase())
                + " order by ordinal_position";
        List<Object> binds = new ArrayList<>();
        binds.add(relation.getIdentifier());
        binds.addAll(binds(relation.getSchema(), relation.getDatabase()));
        List<Column> columns = new ArrayList<>();
        queryCatalog(sql, binds, rs -> columns.add(column(rs.getString(1), rs.getString(2),
                (Number) rs.getObject(3), (Number) rs.getObject(4), (Number) rs.getObject(5))));
        return columns;
    }

    /** A column from information_schema's description. */
    protected Column column(String name, String dataType, Number charLength, Number precision, Number scale) {
        String quote = dialect.quoteIdentifier("").substring(0, 1);
        Column parsed = Column.fromTypeText(name, dataType, quote);
        if (!parsed.getDataType().equals(dataType.trim()) || dataType.contains("(")) {
            return parsed;
        }
        if (parsed.isString() && charLength != null) {
            return new Column(name, dataType, charLength.intValue(), null, null, quote);
        }
        if (parsed.isNumeric() && precision != null) {
            return new Column(name, dataType, null, precision.intValue(), scale == null ? 0 : scale.intValue(), quote);
        }
        return parsed;
    }

    @FunctionalInterface
    protected interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs a catalog query with bind values on this thread's connection. */
    protected void queryCatalog(String sql, List<Object> binds, RowReader reader) {
        LOG.debug("On {}: {} {}", target.name(), sql, binds);
        long start = System.nanoTime();
        try {
            ThreadConnections.Handle handle = connections.current();
            try (PreparedStatement ps = handle.connection.prepareStatement(sql)) {
                for (int i = 0; i < binds.size(); i++) {
                    ps.setObject(i + 1, binds.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reader.read(rs);
                    }
                }
            }
        } catch (SQLException e) {
            throw databaseError(e);
        } finally {
            statementNanos.add(System.nanoTime() - start);
        }
    }

    /** Work on this thread's connection, such as a driver's own bulk-load API. */
    @FunctionalInterface
    protected interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} on this thread's connection (inside its open transaction, if any). */
    protected <T> T withConnection(ConnectionWork<T> work) {
        try {
            return work.run(connections.current().connection);
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    @Override
    public void createSchema(String database, String schema) {
        execute(dialect.createSchemaIfNotExists(database, schema), false);
        cache.schemaCreated(database, schema);
    }

    @Override
    public void dropRelation(Relation relation) {
        RelationType type = relation.relationType();
        if (type == null) {
            type = getRelation(relation.getDatabase(), relation.getSchema(), relation.getIdentifier())
                    .map(Relation::relationType).orElse(null);
        }
        if (type != null) {
            execute(type == RelationType.VIEW ? dialect.dropViewIfExists(relation.toRelationName())
                    : dialect.dropTableIfExists(relation.toRelationName()), false);
        }
        cache.dropped(relation);
    }

    @Override
    public void renameRelation(Relation from, String newIdentifier) {
        RelationType type = from.relationType();
        if (type == null) {
            type = getRelation(from.getDatabase(), from.getSchema(), from.getIdentifier())
                    .map(Relation::relationType).orElse(RelationType.TABLE);
        }
        execute(renameSql(from.withType(type), newIdentifier), false);
        cache.renamed(from, from.withIdentifier(newIdentifier).withType(type));
    }

    /** The rename statement; views use ALTER VIEW. */
    protected String renameSql(Relation from, String newIdentifier) {
        String sql = dialect.renameRelation(from.toRelationName(), newIdentifier);
        return from.relationType() == RelationType.VIEW ? sql.replaceFirst("^ALTER TABLE", "ALTER VIEW") : sql;
    }

    @Override
    public void truncateRelation(Relation relation) {
        execute(dialect.truncateTable(relation.toRelationName()), false);
    }

    @Override
    public void cacheAdded(Relation relation) {
        cache.added(relation);
    }

    @Override
    public void cacheDropped(Relation relation) {
        cache.dropped(relation);
    }

    @Override
    public void clearCache() {
        cache.clear();
    }

    @Override
    public void commentOnRelation(Relation relation, String comment) {
        String kind = relation.getIsView() ? "VIEW" : "TABLE";
        execute("COMMENT ON " + kind + " " + dialect.render(relation.toRelationName()) + " IS "
                + dialect.quoteString(comment), false);
    }

    @Override
    public void commentOnColumn(Relation relation, String column, String comment) {
        execute("COMMENT ON COLUMN " + dialect.render(relation.toRelationName()) + "."
                + dialect.quoteIdentifier(column) + " IS " + dialect.quoteString(comment), false);
    }

    // ---- lifecycle -------------------------------------------------------------------------------

    @Override
    public void cancelRunningQueries() {
        connections.cancelAll();
    }

    @Override
    public void close() {
        connections.closeAll();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + target.name() + "]";
    }
}
