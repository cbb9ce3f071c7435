package dev.dvt.core.adapter.postgres;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.adapter.ConnectionPool;
import dev.dvt.core.adapter.jdbc.JdbcAdapter;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.core.dialect.SqlDialect;
import dev.dvt.spi.AdapterEnvironment;
import dev.dvt.spi.AdapterResponse;
import dev.dvt.spi.Relation;
import dev.dvt.spi.RelationType;
import dev.dvt.spi.SeedLoad;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL and the systems that speak its protocol (Greenplum, AlloyDB, TimescaleDB,
 * Materialize, RisingWave, CrateDB) through pgjdbc and a HikariCP pool of threads + 1
 * connections. DDL is transactional. Seeds load with {@code COPY … FROM STDIN} in CSV format on
 * the calling thread's connection, so they join its transaction.
 */
public class PostgresAdapter extends JdbcAdapter {
    private final PostgresProfile profile;
    private final ConnectionPool pool;

    PostgresAdapter(TargetConfig target, AdapterEnvironment env, SqlDialect dialect, PostgresProfile profile) {
        super(target, env, dialect);
        this.profile = profile;
        this.pool = new ConnectionPool(new ConnectionPool.Settings(target.name(), profile.describe(),
                new org.postgresql.Driver(), profile.jdbcUrl(), profile.driverProperties(), env.threads() + 1,
                profile.connectTimeout(), profile.initSql(), profile.retries()));
    }

    public PostgresProfile profile() {
        return profile;
    }

    @Override
    public String type() {
        return profile.type();
    }

    /** A compatible system first tries its own macros, then PostgreSQL's. */
    @Override
    public List<String> dispatchTypes() {
        return profile.type().equals("postgres") ? List.of("postgres") : List.of(profile.type(), "postgres");
    }

    @Override
    public String defaultDatabase() {
        return profile.database();
    }

    @Override
    public String defaultSchema() {
        return profile.schema();
    }

    @Override
    protected Connection openConnection() throws SQLException {
        return pool.connection();
    }

    @Override
    protected Connection openBulkConnection() throws SQLException {
        return pool.dedicated();
    }

    /** pg_catalog rather than information_schema, which leaves out materialized views. */
    @Override
    protected String listRelationsSql(String database) {
        return "select r.name, r.schema_name, r.kind from ("
                + "select tablename as name, schemaname as schema_name, 'table' as kind from pg_catalog.pg_tables"
                + " union all select viewname, schemaname, 'view' from pg_catalog.pg_views"
                + " union all select matviewname, schemaname, 'materialized_view' from pg_catalog.pg_matviews"
                + " union all select c.relname, n.nspname, 'external' from pg_catalog.pg_class c"
                + " join pg_catalog.pg_namespace n on n.oid = c.relnamespace where c.relkind = 'f'"
                + ") r where lower(r.schema_name) = lower(?)"
                + (database != null ? " and lower(current_database()) = lower(?)" : "");
    }

    @Override
    public AdapterResponse loadSeed(Relation table, SeedLoad seed) {
        String columns = seed.columnTypes().keySet().stream().map(dialect()::quoteIdentifier)
                .collect(Collectors.joining(", "));
        String copy = "COPY " + dialect().render(table.toRelationName()) + " (" + columns + ") FROM STDIN WITH"
                + " (FORMAT csv, HEADER " + seed.header() + ", DELIMITER "
                + dialect().quoteString(String.valueOf(seed.delimiter())) + ")";
        long rows = withConnection(connection -> {
            CopyManager copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
            try (Reader in = Files.newBufferedReader(seed.csvFile(), StandardCharsets.UTF_8)) {
                return copyManager.copyIn(copy, in);
            } catch (IOException e) {
                throw new DvtException(ErrorCode.RUNTIME, "Cannot read seed file " + seed.csvFile() + ": "
                        + e.getMessage(), e);
            }
        });
        return new AdapterResponse("COPY " + rows, "COPY", rows);
    }

    @Override
    public void commentOnRelation(Relation relation, String comment) {
        if (relation.relationType() == RelationType.MATERIALIZED_VIEW) {
            execute("COMMENT ON MATERIALIZED VIEW " + dialect().render(relation.toRelationName()) + " IS "
                    + dialect().quoteString(comment), false);
        } else {
            super.commentOnRelation(relation, comment);
        }
    }

    @Override
    public void close() {
        try {
            super.close();
        } finally {
            pool.close();
        }
    }
}
