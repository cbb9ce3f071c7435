package dev.dvt.spi;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.dialect.RelationName;
import dev.dvt.core.dialect.SqlDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table, view or CTE in a database: its unquoted name parts, its type (null when unknown), and
 * how to render it (dialect and which parts are quoted). Immutable; the {@code with*} methods
 * return copies. Getters are JavaBean style because templates read them
 * ({@code relation.identifier}, {@code relation.is_table}); {@link #toString()} is the rendered
 * name, so {@code {{ relation }}} prints {@code "db"."schema"."name"}.
 */
public class Relation {
    /** Which name parts are quoted, and which are rendered at all. */
    public record Parts(boolean database, boolean schema, boolean identifier) {
        public static final Parts ALL = new Parts(true, true, true);
    }

    private final String database;
    private final String schema;
    private final String identifier;
    private final RelationType type;
    private final SqlDialect dialect;
    private final Parts quoting;
    private final Parts included;

    public Relation(String database, String schema, String identifier, RelationType type, SqlDialect dialect,
            Parts quoting) {
        this(database, schema, identifier, type, dialect, quoting, Parts.ALL);
    }

    protected Relation(String database, String schema, String identifier, RelationType type, SqlDialect dialect,
            Parts quoting, Parts included) {
        this.database = blankToNull(database);
        this.schema = blankToNull(schema);
        this.identifier = blankToNull(identifier);
        this.type = type;
        this.dialect = requireNonNull(dialect, "dialect is null");
        this.quoting = requireNonNull(quoting, "quoting is null");
        this.included = requireNonNull(included, "included is null");
    }

    /** Copy with other parts; subclasses override so copies keep their class. */
    protected Relation copy(String database, String schema, String identifier, RelationType type, Parts quoting,
            Parts included) {
        return new Relation(database, schema, identifier, type, dialect, quoting, included);
    }

    public String getDatabase() {
        return database;
    }

    public String getSchema() {
        return schema;
    }

    public String getIdentifier() {
        return identifier;
    }

    /** dbt's alias for {@code identifier}. */
    public String getName() {
        return identifier;
    }

    /** The type, or null when unknown. */
    public RelationType relationType() {
        return type;
    }

    /** dbt's spelling of the type ({@code table}, {@code view}, …), or null when unknown. */
    public String getType() {
        return type == null ? null : type.dbtName();
    }

    public boolean getIsTable() {
        return type == RelationType.TABLE;
    }

    public boolean getIsView() {
        return type == RelationType.VIEW;
    }

    public boolean getIsCte() {
        return type == RelationType.CTE;
    }

    public boolean getIsMaterializedView() {
        return type == RelationType.MATERIALIZED_VIEW;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    public Parts quoting() {
        return quoting;
    }

    public Parts included() {
        return included;
    }

    public RelationName toRelationName() {
        return new RelationName(database, schema, identifier);
    }

    public Relation withIdentifier(String newIdentifier) {
        return copy(database, schema, newIdentifier, type, quoting, included);
    }

    public Relation withSchema(String newSchema) {
        return copy(database, newSchema, identifier, type, quoting, included);
    }

    public Relation withType(RelationType newType) {
        return copy(database, schema, identifier, newType, quoting, included);
    }

    public Relation withIncluded(Parts parts) {
        return copy(database, schema, identifier, type, quoting, parts);
    }

    public Relation withQuoting(Parts parts) {
        return copy(database, schema, identifier, type, parts, included);
    }

    /** Whether both name the same object, comparing names case-insensitively (as DuckDB, PostgreSQL unquoted). */
    public boolean sameNameAs(Relation other) {
        return other != null && eq(database, other.database) && eq(schema, other.schema)
                && eq(identifier, other.identifier);
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }

    /** The name as SQL: included parts only, each quoted or not per the quoting policy. */
    public String render() {
        List<String> parts = new ArrayList<>(3);
        if (included.database() && database != null && dialect.supportsCatalogs()) {
            parts.add(quoting.database() ? dialect.quoteIdentifier(database) : database);
        }
        if (included.schema() && schema != null && dialect.supportsSchemas()) {
            parts.add(quoting.schema() ? dialect.quoteIdentifier(schema) : schema);
        }
        if (included.identifier() && identifier != null) {
            parts.add(type == RelationType.CTE || !quoting.identifier() ? identifier
                    : dialect.quoteIdentifier(identifier));
        }
        return String.join(".", parts);
    }

    @Override
    public String toString() {
        return render();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Relation r && Objects.equals(database, r.database) && Objects.equals(schema, r.schema)
                && Objects.equals(identifier, r.identifier) && type == r.type;
    }

    @Override
    public int hashCode() {
        return Objects.hash(database, schema, identifier, type);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
