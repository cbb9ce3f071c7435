package dev.dvt.core.adapter.mysql;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.adapter.ConnectionPool;
import dev.dvt.core.adapter.jdbc.JdbcAdapter;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.spi.AdapterEnvironment;
import dev.dvt.spi.AdapterResponse;
import dev.dvt.spi.Column;
import dev.dvt.spi.QueryResult;
import dev.dvt.spi.Relation;
import dev.dvt.spi.RelationType;
import dev.dvt.spi.SeedLoad;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * MySQL, MariaDB, TiDB and SingleStore through the bundled MariaDB Connector/J and a HikariCP
 * pool of threads + 1 connections. A schema is a database: relations have no database part, and
 * {@link #defaultDatabase()} is null. DDL is not transactional (each statement commits), so
 * materializations must swap tables by renaming; {@link #renameAtomically} renames several tables
 * in one {@code RENAME TABLE} statement, which MySQL applies atomically. Seeds load with
 * {@code LOAD DATA LOCAL INFILE}.
 */
public class MySqlAdapter extends JdbcAdapter {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MySqlAdapter.class);
    private final MySqlProfile profile;
    private final ConnectionPool pool;

    /** One rename of {@link #renameAtomically}. */
    public record Rename(Relation from, String newIdentifier) {
        public Rename {
            requireNonNull(from, "from is null");
            requireNonNull(newIdentifier, "newIdentifier is null");
        }
    }

    MySqlAdapter(TargetConfig target, AdapterEnvironment env, MySqlProfile profile) {
        super(target, env, MySqlDialect.DEFAULT);
        this.profile = profile;
        this.pool = new ConnectionPool(new ConnectionPool.Settings(target.name(), profile.describe(),
                new org.mariadb.jdbc.Driver(), profile.jdbcUrl(), profile.driverProperties(), env.threads() + 1,
                profile.connectTimeout(), null, profile.retries()));
    }

    public MySqlProfile profile() {
        return profile;
    }

    @Override
    public String type() {
        return profile.type();
    }

    /** MariaDB, TiDB and SingleStore try their own macros first, then MySQL's. */
    @Override
    public List<String> dispatchTypes() {
        return profile.type().equals("mysql") ? List.of("mysql") : List.of(profile.type(), "mysql");
    }

    /** MySQL has no catalog level. */
    @Override
    public String defaultDatabase() {
        return null;
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

    // A database part given by a caller is dropped, so that cached names always agree.

    @Override
    public Relation relation(String database, String schema, String identifier, RelationType type) {
        return super.relation(null, schema, identifier, type);
    }

    private Relation withoutDatabase(Relation r) {
        return r.getDatabase() == null ? r : relation(null, r.getSchema(), r.getIdentifier(), r.relationType());
    }

    @Override
    public Optional<Relation> getRelation(String database, String schema, String identifier) {
        return super.getRelation(null, schema, identifier);
    }

    @Override
    public List<Relation> listRelations(String database, String schema) {
        return super.listRelations(null, schema);
    }

    @Override
    public void createSchema(String database, String schema) {
        super.createSchema(null, schema);
    }

    @Override
    public void dropRelation(Relation relation) {
        super.dropRelation(withoutDatabase(relation));
    }

    @Override
    public void renameRelation(Relation from, String newIdentifier) {
        super.renameRelation(withoutDatabase(from), newIdentifier);
    }

    @Override
    public void cacheAdded(Relation relation) {
        super.cacheAdded(withoutDatabase(relation));
    }

    @Override
    public void cacheDropped(Relation relation) {
        super.cacheDropped(withoutDatabase(relation));
    }

    /**
     * Renames every pair in one {@code RENAME TABLE a TO b, c TO d} statement: MySQL applies all or
     * none, and later pairs see earlier ones, so {@code t → t_old, t_new → t} swaps atomically.
     * Works for tables and views; each new name stays in its relation's schema.
     */
    public void renameAtomically(List<Rename> renames) {
        if (renames.isEmpty()) {
            return;
        }
        String pairs = renames.stream().map(r -> dialect().render(r.from().toRelationName()) + " TO "
                + dialect().render(r.from().toRelationName().withIdentifier(r.newIdentifier())))
                .collect(Collectors.joining(", "));
        List<Relation> renamed = new ArrayList<>();
        for (Rename r : renames) {
            Relation from = withoutDatabase(r.from());
            RelationType type = from.relationType() != null ? from.relationType()
                    : getRelation(null, from.getSchema(), from.getIdentifier()).map(Relation::relationType)
                            .orElse(RelationType.TABLE);
            renamed.add(from.withIdentifier(r.newIdentifier()).withType(type));
        }
        execute("RENAME TABLE " + pairs, false);
        renames.forEach(r -> cacheDropped(r.from()));
        renamed.forEach(this::cacheAdded);
    }

    /**
     * {@code LOAD DATA LOCAL INFILE} of the CSV: every field goes through a user variable so an
     * empty field becomes NULL and {@code true}/{@code false} load into boolean columns.
     */
    @Override
    public AdapterResponse loadSeed(Relation table, SeedLoad seed) {
        // LOAD DATA splits lines on one terminator: rewrite the seed as a clean LF, comma CSV first
        // (a CRLF file would otherwise leave a carriage return in its last column).
        dev.dvt.core.seed.SeedSchema schema = dev.dvt.core.seed.CsvSeedReader.inspect(seed.csvFile(),
                dev.dvt.core.seed.SeedOptions.DEFAULT.withDelimiter(seed.delimiter()));
        java.nio.file.Path clean = dev.dvt.core.seed.SeedCsvNormalizer.writeTemp(schema);
        try {
            return loadCleanCsv(table, new SeedLoad(clean, new java.util.LinkedHashMap<>(seed.columnTypes()), ',', true));
        } finally {
            try {
                java.nio.file.Files.deleteIfExists(clean);
            } catch (java.io.IOException e) {
                LOG.debug("Could not delete {}: {}", clean, e.getMessage());
            }
        }
    }

    private AdapterResponse loadCleanCsv(Relation table, SeedLoad seed) {
        List<String> variables = new ArrayList<>();
        List<String> assignments = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> column : seed.columnTypes().entrySet()) {
            String variable = "@c" + (++i);
            variables.add(variable);
            assignments.add(dialect().quoteIdentifier(column.getKey()) + " = " + fieldValue(variable, column.getValue()));
        }
        String sql = "LOAD DATA LOCAL INFILE " + dialect().quoteString(seed.csvFile().toAbsolutePath().toString())
                + " INTO TABLE " + dialect().render(withoutDatabase(table).toRelationName())
                + " CHARACTER SET utf8mb4"
                + " FIELDS TERMINATED BY " + dialect().quoteString(String.valueOf(seed.delimiter()))
                + " OPTIONALLY ENCLOSED BY '\"' ESCAPED BY ''"
                + " LINES TERMINATED BY '\\n'"
                + (seed.header() ? " IGNORE 1 LINES" : "")
                + " (" + String.join(", ", variables) + ") SET " + String.join(", ", assignments);
        QueryResult result = execute(sql, false);
        long rows = result.response().rowsAffected();
        return new AdapterResponse("LOAD DATA " + rows, "LOAD DATA", rows);
    }

    private static String fieldValue(String variable, String type) {
        String t = type.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("bool") || t.equals("tinyint(1)")) {
            return "CASE LOWER(" + variable + ") WHEN 'true' THEN 1 WHEN 'false' THEN 0 ELSE NULLIF(" + variable
                    + ", '') END";
        }
        return "NULLIF(" + variable + ", '')";
    }

    /** MySQL keeps table comments in the table options; views cannot have one, so they are skipped. */
    @Override
    public void commentOnRelation(Relation relation, String comment) {
        if (!relation.getIsView()) {
            execute("ALTER TABLE " + dialect().render(withoutDatabase(relation).toRelationName()) + " COMMENT = "
                    + dialect().quoteString(comment), false);
        }
    }

    /** A column comment means restating the column: its type and nullability are read back first. */
    @Override
    public void commentOnColumn(Relation relation, String column, String comment) {
        Relation r = withoutDatabase(relation);
        List<String> definition = new ArrayList<>();
        queryCatalog("select column_type, is_nullable from information_schema.columns where table_schema = ?"
                + " and table_name = ? and lower(column_name) = lower(?) and exists (select 1 from"
                + " information_schema.tables t where t.table_schema = ? and t.table_name = ?"
                + " and t.table_type = 'BASE TABLE')",
                List.of(r.getSchema(), r.getIdentifier(), column, r.getSchema(), r.getIdentifier()),
                rs -> definition.add(rs.getString(1) + ("NO".equals(rs.getString(2)) ? " NOT NULL" : " NULL")));
        if (!definition.isEmpty()) {
            execute("ALTER TABLE " + dialect().render(r.toRelationName()) + " MODIFY COLUMN "
                    + dialect().quoteIdentifier(column) + " " + definition.get(0) + " COMMENT "
                    + dialect().quoteString(comment), false);
        }
    }

    /** {@code column_type} spells the full type ({@code varchar(20)}, {@code decimal(10,2)}). */
    @Override
    public List<Column> getColumns(Relation relation) {
        Relation r = withoutDatabase(relation);
        List<Column> columns = new ArrayList<>();
        queryCatalog("select column_name, column_type from information_schema.columns where table_schema = ?"
                + " and table_name = ? order by ordinal_position", List.of(r.getSchema(), r.getIdentifier()),
                rs -> columns.add(Column.fromTypeText(rs.getString(1), rs.getString(2), "`")));
        return columns;
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
