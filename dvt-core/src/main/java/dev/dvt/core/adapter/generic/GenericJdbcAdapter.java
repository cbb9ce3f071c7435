package dev.dvt.core.adapter.generic;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.adapter.jdbc.JdbcAdapter;
import dev.dvt.core.adapter.mysql.MySqlDialect;
import dev.dvt.core.adapter.postgres.PostgresDialect;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.core.dialect.SqlDialect;
import dev.dvt.core.events.Redactor;
import dev.dvt.spi.AdapterEnvironment;
import dev.dvt.spi.AdapterResponse;
import dev.dvt.spi.Column;
import dev.dvt.spi.Relation;
import dev.dvt.spi.RelationType;
import dev.dvt.spi.SeedLoad;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Any database of the catalog without an adapter of its own (Snowflake, Oracle, SQL Server, Trino,
 * ClickHouse, Redshift, …): the driver {@code dvt sync} installed, the catalog's URL and
 * properties, the type's dialect, one connection per thread opened directly through the driver.
 * Relations and columns are read through JDBC's {@link DatabaseMetaData}, which every driver
 * implements whether or not the database has an information_schema; seeds load with batched
 * INSERTs.
 */
public final class GenericJdbcAdapter extends JdbcAdapter {
    private final String type;
    private final Driver driver;
    private final GenericConnection connection;

    GenericJdbcAdapter(TargetConfig target, AdapterEnvironment env, SqlDialect dialect, Driver driver,
            GenericConnection connection) {
        super(target, env, dialect);
        this.type = target.type().trim().toLowerCase(Locale.ROOT);
        this.driver = requireNonNull(driver, "driver is null");
        this.connection = requireNonNull(connection, "connection is null");
    }

    public GenericConnection connection() {
        return connection;
    }

    @Override
    public String type() {
        return type;
    }

    /** The profile type, then its dialect's name, then the family it derives from (redshift → postgres). */
    @Override
    public List<String> dispatchTypes() {
        Set<String> types = new LinkedHashSet<>();
        types.add(type);
        types.add(dialect().name());
        if (dialect() instanceof PostgresDialect) {
            types.add("postgres");
        } else if (dialect() instanceof MySqlDialect) {
            types.add("mysql");
        }
        return List.copyOf(types);
    }

    @Override
    protected Connection openConnection() {
        try {
            Connection c = driver.connect(connection.jdbcUrl(), connection.properties());
            if (c == null) {
                throw new DvtException(ErrorCode.CONNECTION, "Target '" + target().name() + "': the " + type
                        + " driver does not accept the URL " + connection.jdbcUrl());
            }
            return c;
        } catch (SQLException e) {
            throw new DvtException(ErrorCode.CONNECTION, "Cannot connect to target '" + target().name() + "' ("
                    + type + " at " + connection.jdbcUrl() + "): " + Redactor.redact(String.valueOf(e.getMessage())),
                    e);
        }
    }

    // ---- metadata ---------------------------------------------------------------------------------

    @Override
    protected List<Relation> fetchRelations(String database, String schema) {
        return withConnection(c -> {
            DatabaseMetaData md = c.getMetaData();
            String catalog = catalog(md, database);
            Optional<String> actual = schemaName(md, catalog, schema);
            List<Relation> relations = new ArrayList<>();
            if (actual.isEmpty()) {
                return relations;
            }
            try (ResultSet rs = md.getTables(catalog, escape(md, actual.get()), "%", null)) {
                while (rs.next()) {
                    relationKind(rs.getString("TABLE_TYPE")).ifPresent(kind -> {
                        try {
                            relations.add(relation(database, schema, rs.getString("TABLE_NAME"), kind));
                        } catch (SQLException e) {
                            throw databaseError(e);
                        }
                    });
                }
            }
            return relations;
        });
    }

    /** Tables, views and materialized views; system tables, indexes, sequences and synonyms are left out. */
    static Optional<RelationType> relationKind(String tableType) {
        String t = tableType == null ? "" : tableType.trim().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "TABLE", "BASE TABLE" -> Optional.of(RelationType.TABLE);
            case "VIEW" -> Optional.of(RelationType.VIEW);
            case "MATERIALIZED VIEW" -> Optional.of(RelationType.MATERIALIZED_VIEW);
            case "EXTERNAL TABLE", "FOREIGN TABLE" -> Optional.of(RelationType.EXTERNAL);
            default -> Optional.empty();
        };
    }

    @Override
    public List<String> listSchemas(String database) {
        return withConnection(c -> {
            DatabaseMetaData md = c.getMetaData();
            List<String> schemas = new ArrayList<>();
            try (ResultSet rs = schemas(md, catalog(md, database))) {
                while (rs.next()) {
                    schemas.add(rs.getString("TABLE_SCHEM"));
                }
            }
            return schemas;
        });
    }

    @Override
    public List<Column> getColumns(Relation relation) {
        return withConnection(c -> {
            DatabaseMetaData md = c.getMetaData();
            String catalog = catalog(md, relation.getDatabase());
            Optional<String> schema = schemaName(md, catalog, relation.getSchema());
            List<Column> columns = new ArrayList<>();
            if (schema.isEmpty()) {
                return columns;
            }
            Optional<String> table = tableName(md, catalog, schema.get(), relation.getIdentifier());
            if (table.isEmpty()) {
                return columns;
            }
            String quote = dialect().quoteIdentifier("").substring(0, 1);
            try (ResultSet rs = md.getColumns(catalog, escape(md, schema.get()), escape(md, table.get()), "%")) {
                while (rs.next()) {
                    columns.add(column(rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME"), rs.getInt("DATA_TYPE"),
                            (Integer) rs.getObject("COLUMN_SIZE", Integer.class),
                            (Integer) rs.getObject("DECIMAL_DIGITS", Integer.class), quote));
                }
            }
            return columns;
        });
    }

    static Column column(String name, String typeName, int jdbcType, Integer size, Integer digits, String quote) {
        return switch (jdbcType) {
            case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR ->
                    size != null && size > 0 && size < Integer.MAX_VALUE
                            ? new Column(name, typeName, size, null, null, quote)
                            : Column.fromTypeText(name, typeName, quote);
            case Types.DECIMAL, Types.NUMERIC -> size != null && size > 0
                    ? new Column(name, typeName, null, size, digits == null ? 0 : digits, quote)
                    : Column.fromTypeText(name, typeName, quote);
            default -> Column.fromTypeText(name, typeName, quote);
        };
    }

    /** The catalog argument of the metadata calls: the database, spelt as the server stores it. */
    private String catalog(DatabaseMetaData md, String database) throws SQLException {
        if (database == null || !dialect().supportsCatalogs()) {
            return null;
        }
        try (ResultSet rs = md.getCatalogs()) {
            while (rs.next()) {
                String name = rs.getString("TABLE_CAT");
                if (database.equalsIgnoreCase(name)) {
                    return name;
                }
            }
        }
        return database;
    }

    private static ResultSet schemas(DatabaseMetaData md, String catalog) throws SQLException {
        try {
            return md.getSchemas(catalog, null);
        } catch (SQLException | AbstractMethodError | UnsupportedOperationException e) {
            return md.getSchemas();
        }
    }

    /** The schema as the server spells it (names compare case-insensitively, as everywhere in DVT). */
    private static Optional<String> schemaName(DatabaseMetaData md, String catalog, String schema)
            throws SQLException {
        if (schema == null) {
            return Optional.empty();
        }
        try (ResultSet rs = schemas(md, catalog)) {
            while (rs.next()) {
                String name = rs.getString("TABLE_SCHEM");
                if (schema.equalsIgnoreCase(name)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> tableName(DatabaseMetaData md, String catalog, String schema, String table)
            throws SQLException {
        try (ResultSet rs = md.getTables(catalog, escape(md, schema), "%", null)) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (table.equalsIgnoreCase(name)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** Escapes the pattern characters of a metadata search argument. */
    private static String escape(DatabaseMetaData md, String name) throws SQLException {
        String escape = md.getSearchStringEscape();
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    // ---- seeds ------------------------------------------------------------------------------------

    @Override
    public AdapterResponse loadSeed(Relation table, SeedLoad seed) {
        long rows = withConnection(c -> BatchSeedLoader.load(c, dialect(), table, seed));
        return new AdapterResponse("INSERT " + rows, "INSERT", rows);
    }
}
