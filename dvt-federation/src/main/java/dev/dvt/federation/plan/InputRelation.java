package dev.dvt.federation.plan;

import static java.util.Objects.requireNonNull;

import dev.dvt.federation.sql.Identifiers;
import dev.dvt.federation.sql.SqlDialect;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.schema.Table;

/**
 * One relation a federated model reads: its key (the source or model unique id), its name parts
 * exactly as they are rendered in the compiled SQL (quoted or not; database and schema may be
 * null), the real column names as its database reports them, and the dialect of the database it
 * lives on (an adapter type such as {@code postgres} or {@code mysql}). An empty column list means
 * the columns are unknown, and the relation is extracted with {@code SELECT *}.
 */
public record InputRelation(String key, String database, String schema, String identifier,
        List<String> columns, String dialect) {

    public InputRelation {
        requireNonNull(key, "key is null");
        requireNonNull(identifier, "identifier is null");
        requireNonNull(dialect, "dialect is null");
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
    }

    public SqlDialect sqlDialect() {
        return SqlDialect.of(dialect);
    }

    /** The bare table name, without quotes. */
    public String tableName() {
        return Identifiers.unquote(identifier);
    }

    /**
     * Whether a table reference in the SQL names this relation: same table name, and the same
     * schema and database where the reference gives them, all compared case-insensitively.
     */
    public boolean matches(Table table) {
        if (!Identifiers.sameName(table.getName(), identifier)) {
            return false;
        }
        String refSchema = table.getSchemaName();
        if (refSchema != null && !refSchema.isEmpty()
                && (schema == null || !Identifiers.sameName(refSchema, schema))) {
            return false;
        }
        String refDatabase = table.getDatabaseName();
        return refDatabase == null || refDatabase.isEmpty()
                || (database != null && Identifiers.sameName(refDatabase, database));
    }

    /**
     * The real column a reference in the SQL means: the exact name if the relation has it, else
     * the one equal to it case-insensitively (the case-folding of unquoted names differs between
     * databases, and quoted names keep their case).
     */
    public Optional<String> realColumn(String name) {
        String wanted = Identifiers.unquote(name);
        if (columns.contains(wanted)) {
            return Optional.of(wanted);
        }
        return columns.stream().filter(c -> c.equalsIgnoreCase(wanted)).findFirst();
    }
}
