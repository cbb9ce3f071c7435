package dev.dvt.federation.extract;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.federation.plan.InputRelation;
import dev.dvt.federation.sql.Identifiers;
import dev.dvt.federation.state.ColumnInfo;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** A source table as its database describes it now: columns with types, and primary-key columns. */
public record SourceTable(List<ColumnInfo> columns, List<String> pkColumns) {
    public SourceTable {
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        pkColumns = List.copyOf(requireNonNull(pkColumns, "pkColumns is null"));
    }

    public List<String> columnNames() {
        return columns.stream().map(ColumnInfo::name).toList();
    }

    public Optional<String> typeOf(String column) {
        return columns.stream().filter(c -> c.name().equals(column)).map(ColumnInfo::type).findFirst();
    }

    /**
     * Reads the table through JDBC metadata. Names are tried as written, then folded to lower and
     * upper case; the schema is tried as a JDBC schema and, for MySQL-like drivers, as a catalog.
     */
    public static Optional<SourceTable> describe(Connection connection, InputRelation relation) {
        try {
            DatabaseMetaData meta = connection.getMetaData();
            String database = relation.database() == null ? null : Identifiers.unquote(relation.database());
            String schema = relation.schema() == null ? null : Identifiers.unquote(relation.schema());
            for (String[] scope : scopes(database, schema)) {
                for (String table : variants(relation.tableName())) {
                    List<ColumnInfo> columns = columns(meta, scope[0], scope[1], table);
                    if (!columns.isEmpty()) {
                        return Optional.of(new SourceTable(columns, primaryKey(meta, scope[0], scope[1], table)));
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new DvtException(ErrorCode.DATABASE, "Cannot read the columns of " + relation.key() + ": "
                    + e.getMessage(), e);
        }
    }

    private static List<String[]> scopes(String database, String schema) {
        List<String[]> scopes = new ArrayList<>();
        for (String s : variants(schema)) {
            scopes.add(new String[] {database, s});
            scopes.add(new String[] {s, null});
        }
        if (schema == null) {
            scopes.add(new String[] {database, null});
        }
        return scopes;
    }

    private static Set<String> variants(String name) {
        Set<String> names = new LinkedHashSet<>();
        if (name == null) {
            names.add(null);
            return names;
        }
        names.add(name);
        names.add(name.toLowerCase(Locale.ROOT));
        names.add(name.toUpperCase(Locale.ROOT));
        return names;
    }

    private static List<ColumnInfo> columns(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        TreeMap<Integer, ColumnInfo> ordered = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, table, null)) {
            while (rs.next()) {
                if (!rs.getString("TABLE_NAME").equals(table) || !inScope(rs, catalog, schema)) {
                    continue;
                }
                ordered.put(rs.getInt("ORDINAL_POSITION"), new ColumnInfo(rs.getString("COLUMN_NAME"),
                        rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT)));
            }
        }
        return List.copyOf(ordered.values());
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        TreeMap<Integer, String> ordered = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                if (inScope(rs, catalog, schema)) {
                    ordered.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                }
            }
        }
        return List.copyOf(ordered.values());
    }

    /**
     * Whether a metadata row belongs to the asked database and schema. Some drivers ignore a
     * filter they do not use (MariaDB's schema pattern, when databases are catalogs) and return
     * same-named tables of every database; MySQL-style databases come back as the catalog.
     */
    private static boolean inScope(ResultSet rs, String catalog, String schema) throws SQLException {
        String rowCatalog = rs.getString("TABLE_CAT");
        String rowSchema = rs.getString("TABLE_SCHEM");
        if (catalog != null && rowCatalog != null && !catalog.equalsIgnoreCase(rowCatalog)) {
            return false;
        }
        if (schema == null) {
            return true;
        }
        String effectiveSchema = rowSchema != null ? rowSchema : rowCatalog;
        return effectiveSchema == null || schema.equalsIgnoreCase(effectiveSchema);
    }
}
