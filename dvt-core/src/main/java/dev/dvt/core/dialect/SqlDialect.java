package dev.dvt.core.dialect;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SQL text one database needs, with ANSI answers by default. Each database overrides the
 * handful of methods where it differs and publishes a {@code DEFAULT} instance; subclasses are
 * found by {@link DialectRegistry} through {@link java.util.ServiceLoader}. Identifiers given to
 * these methods are unquoted and are quoted as given (no case folding).
 */
public abstract class SqlDialect {
    /** What the database does to an identifier written without quotes. */
    public enum CaseFolding { LOWER, UPPER, PRESERVE }

    private static final String LIMIT_ALIAS = "dvt_limit_subq";
    private static final String STAGING_PREFIX = "_dvt_staging_";

    // ---- identity ----------------------------------------------------------------------------

    /** The canonical adapter type, e.g. {@code postgres}. */
    public abstract String name();

    /** Every profile {@code type} this dialect serves: its name and its aliases, lower case. */
    public Set<String> adapterTypes() {
        return Set.of(name());
    }

    /** The SQL transpiler's read dialect for this database (sqlglot naming, §4.4). */
    public String transpilerDialect() {
        return name();
    }

    // ---- identifiers and relations -----------------------------------------------------------

    protected String quoteOpen() {
        return "\"";
    }

    protected String quoteClose() {
        return "\"";
    }

    public String quoteIdentifier(String identifier) {
        requireNonNull(identifier, "identifier is null");
        String close = quoteClose();
        return quoteOpen() + identifier.replace(close, close + close) + quoteClose();
    }

    public CaseFolding unquotedCaseFolding() {
        return CaseFolding.PRESERVE;
    }

    /** The name the database stores for an identifier written unquoted. */
    public String foldUnquoted(String identifier) {
        return switch (unquotedCaseFolding()) {
            case LOWER -> identifier.toLowerCase(Locale.ROOT);
            case UPPER -> identifier.toUpperCase(Locale.ROOT);
            case PRESERVE -> identifier;
        };
    }

    /** Whether names have a database (catalog, project) part above the schema. */
    public boolean supportsCatalogs() {
        return true;
    }

    public boolean supportsSchemas() {
        return true;
    }

    /** The quoted name with the parts this database has; absent parts are left out. */
    public String render(RelationName relation) {
        return renderWith(relation, this::quoteIdentifier);
    }

    protected final String renderWith(RelationName relation, Function<String, String> quote) {
        List<String> parts = new ArrayList<>(3);
        if (supportsCatalogs() && relation.database() != null) {
            parts.add(quote.apply(relation.database()));
        }
        if (supportsSchemas() && relation.schema() != null) {
            parts.add(quote.apply(relation.schema()));
        }
        parts.add(quote.apply(relation.identifier()));
        return String.join(".", parts);
    }

    // ---- literals ----------------------------------------------------------------------------

    public String quoteString(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** Quoting for databases where a backslash escapes inside string literals. */
    protected static String quoteStringWithBackslashes(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    public String booleanLiteral(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    public String currentTimestamp() {
        return "CURRENT_TIMESTAMP";
    }

    // ---- limit, offset, sample ---------------------------------------------------------------

    /**
     * True when a subquery in FROM needs an alias (PostgreSQL, MySQL); --empty then names the
     * subquery it puts in place of a ref. Where it is optional, none is added, so that a user's own
     * alias ({@code from ref('x') as o}) still parses.
     */
    public boolean requiresSubqueryAlias() {
        return true;
    }

    /** True when the row limit goes right after SELECT ({@code TOP n}) rather than at the end. */
    public boolean limitIsPrefix() {
        return false;
    }

    public String limitClause(long limit) {
        return "LIMIT " + limit;
    }

    /** The trailing clause that skips {@code offset} rows and keeps at most {@code limit} (may be null). */
    public String offsetClause(long offset, Long limit) {
        return (limit == null ? "" : "LIMIT " + limit + " ") + "OFFSET " + offset;
    }

    /** Whether OFFSET is only allowed after an ORDER BY (SQL Server). */
    protected boolean offsetNeedsOrderBy() {
        return false;
    }

    /** The table sample clause for a percentage (0-100], or empty when the database has none. */
    public Optional<String> sampleClause(double percent) {
        return Optional.empty();
    }

    /** A random value per row, to order by when there is no sample clause. */
    public String randomFunction() {
        return "RANDOM()";
    }

    protected static String percent(double percent) {
        return BigDecimal.valueOf(percent).toPlainString();
    }

    /** How a derived table is aliased: {@code AS x}, or just {@code x} where AS is not allowed. */
    protected String tableAlias(String alias) {
        return "AS " + alias;
    }

    /** Renders a one-table query; without a sample clause, sampling falls back to random order. */
    public String simpleSelect(SimpleSelect query) {
        boolean prefixLimit = query.limit() != null && query.offset() == null && limitIsPrefix();
        StringBuilder sql = new StringBuilder("SELECT ");
        if (prefixLimit) {
            sql.append(limitClause(query.limit())).append(' ');
        }
        sql.append(query.columns().isEmpty() ? "*" : String.join(", ", query.columns()));
        sql.append(" FROM ").append(query.from());
        List<String> orderBy = query.orderBy();
        if (query.samplePercent() != null) {
            Optional<String> sample = sampleClause(query.samplePercent());
            if (sample.isPresent()) {
                sql.append(' ').append(sample.get());
            } else if (orderBy.isEmpty()) {
                orderBy = List.of(randomFunction());
            }
        }
        if (!query.predicates().isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", query.predicates()));
        }
        if (orderBy.isEmpty() && query.offset() != null && offsetNeedsOrderBy()) {
            orderBy = List.of("(SELECT NULL)");
        }
        if (!orderBy.isEmpty()) {
            sql.append(" ORDER BY ").append(String.join(", ", orderBy));
        }
        if (query.offset() != null) {
            sql.append(' ').append(offsetClause(query.offset(), query.limit()));
        } else if (query.limit() != null && !prefixLimit) {
            sql.append(' ').append(limitClause(query.limit()));
        }
        return sql.toString();
    }

    /** Keeps at most {@code limit} rows of any query, as {@code dvt show --limit} does. */
    public String wrapWithLimit(String sql, long limit) {
        String inner = sql.strip().replaceAll("[;\\s]+$", "");
        return simpleSelect(SimpleSelect.from("(" + inner + ") " + tableAlias(LIMIT_ALIAS)).withLimit(limit));
    }

    // ---- types -------------------------------------------------------------------------------

    /** The DDL type for a canonical type on this database. */
    public String ddlType(TypeSpec type) {
        return switch (type.type()) {
            case STRING -> stringType(type.precision());
            case DECIMAL -> type.precision() == 0
                    ? unboundedDecimalType()
                    : decimalType(Math.min(type.precision(), maxDecimalPrecision()),
                            Math.min(type.scale(), Math.min(type.precision(), maxDecimalPrecision())));
            default -> typeName(type.type());
        };
    }

    /** The DDL type for a column as JDBC describes it (a {@link java.sql.Types} code). */
    public String ddlTypeForJdbc(int sqlType, int precision, int scale) {
        return ddlType(JdbcTypes.toTypeSpec(sqlType, null, precision, scale));
    }

    /** Names for the types without a size; STRING and DECIMAL are never passed here. */
    protected String typeName(CanonicalType type) {
        return switch (type) {
            case TEXT, STRING -> "VARCHAR";
            case INT -> "INTEGER";
            case BIGINT -> "BIGINT";
            case SMALLINT -> "SMALLINT";
            case FLOAT -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case DECIMAL -> "DECIMAL";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP";
            case TIMESTAMP_TZ -> "TIMESTAMP WITH TIME ZONE";
            case TIME -> "TIME";
            case BINARY -> "VARBINARY";
            case JSON -> "JSON";
        };
    }

    /** A character type; {@code length} 0 means unbounded (or the largest the database allows). */
    protected String stringType(int length) {
        return length > 0 ? "VARCHAR(" + length + ")" : typeName(CanonicalType.TEXT);
    }

    protected String decimalType(int precision, int scale) {
        return "DECIMAL(" + precision + "," + scale + ")";
    }

    /** A decimal whose precision the source did not state: wide enough not to lose digits. */
    protected String unboundedDecimalType() {
        return decimalType(38, 10);
    }

    protected int maxDecimalPrecision() {
        return 38;
    }

    // ---- DDL and DML -------------------------------------------------------------------------

    public String createTableAs(RelationName relation, String selectSql) {
        return "CREATE TABLE " + render(relation) + " AS " + selectSql;
    }

    public String createViewAs(RelationName relation, String selectSql) {
        return "CREATE VIEW " + render(relation) + " AS " + selectSql;
    }

    public String createTable(RelationName relation, List<ColumnDef> columns) {
        return "CREATE TABLE " + render(relation) + " (" + columnDefinitions(columns) + ")";
    }

    public boolean supportsCreateTableIfNotExists() {
        return true;
    }

    public String createTableIfNotExists(RelationName relation, List<ColumnDef> columns) {
        if (!supportsCreateTableIfNotExists()) {
            throw new DvtException(ErrorCode.INTERNAL, name() + " has no CREATE TABLE IF NOT EXISTS;"
                    + " check that " + relation + " is missing, then use createTable");
        }
        return "CREATE TABLE IF NOT EXISTS " + render(relation) + " (" + columnDefinitions(columns) + ")";
    }

    protected String columnDefinitions(List<ColumnDef> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        return columns.stream().map(c -> quoteIdentifier(c.name()) + " " + c.ddlType())
                .collect(Collectors.joining(", "));
    }

    /** @param database may be null; used only where the database has catalogs */
    public String createSchemaIfNotExists(String database, String schema) {
        return "CREATE SCHEMA IF NOT EXISTS " + renderSchema(database, schema);
    }

    protected String renderSchema(String database, String schema) {
        String quoted = quoteIdentifier(schema);
        return supportsCatalogs() && database != null && !database.isBlank()
                ? quoteIdentifier(database) + "." + quoted : quoted;
    }

    /** Whether DROP … CASCADE also drops dependent views. */
    public boolean supportsDropCascade() {
        return false;
    }

    /**
     * False where DROP has no IF EXISTS and no procedural wrapper (Teradata): there the drop methods
     * render a plain DROP, and the caller ignores the "does not exist" error.
     */
    public boolean supportsDropIfExists() {
        return true;
    }

    public String dropTableIfExists(RelationName relation) {
        return "DROP TABLE IF EXISTS " + render(relation) + (supportsDropCascade() ? " CASCADE" : "");
    }

    public String dropViewIfExists(RelationName relation) {
        return "DROP VIEW IF EXISTS " + render(relation) + (supportsDropCascade() ? " CASCADE" : "");
    }

    /** Renames a table within its schema. */
    public String renameRelation(RelationName relation, String newIdentifier) {
        return "ALTER TABLE " + render(relation) + " RENAME TO " + renameTarget(relation, newIdentifier);
    }

    /** The new name in a rename: bare by default; qualified where a bare name means the session schema. */
    protected String renameTarget(RelationName relation, String newIdentifier) {
        return quoteIdentifier(newIdentifier);
    }

    public String truncateTable(RelationName relation) {
        return "TRUNCATE TABLE " + render(relation);
    }

    public String insertIntoSelect(RelationName target, List<String> columns, String selectSql) {
        return "INSERT INTO " + render(target) + " (" + quotedList(columns) + ") " + selectSql;
    }

    public String addColumn(RelationName relation, ColumnDef column) {
        return "ALTER TABLE " + render(relation) + " ADD COLUMN " + quoteIdentifier(column.name())
                + " " + column.ddlType();
    }

    /** Whether DDL runs inside a transaction that a rollback undoes. */
    public boolean ddlIsTransactional() {
        return false;
    }

    protected final String quotedList(List<String> identifiers) {
        return identifiers.stream().map(this::quoteIdentifier).collect(Collectors.joining(", "));
    }

    // ---- incremental loads -------------------------------------------------------------------

    public Set<IncrementalStrategy> incrementalStrategies() {
        return EnumSet.of(IncrementalStrategy.APPEND, IncrementalStrategy.MERGE, IncrementalStrategy.DELETE_INSERT);
    }

    public boolean supports(IncrementalStrategy strategy) {
        return incrementalStrategies().contains(strategy);
    }

    /** The staging table a merge or delete+insert writes first: {@code _dvt_staging_<id>} next to the target. */
    public RelationName stagingRelation(RelationName target) {
        return target.withIdentifier(STAGING_PREFIX + target.identifier());
    }

    /** One statement (or, for some databases, one script) that upserts staging rows into the target. */
    public String mergeSql(RelationName target, RelationName staging, List<String> uniqueKey, List<String> columns) {
        requireStrategy(IncrementalStrategy.MERGE);
        return new MergeStatements(this, target, staging, uniqueKey, columns).mergeInto();
    }

    /** Two statements, run in order in one transaction where possible: the delete, then the insert. */
    public List<String> deleteInsertSql(
            RelationName target, RelationName staging, List<String> uniqueKey, List<String> columns) {
        requireStrategy(IncrementalStrategy.DELETE_INSERT);
        MergeStatements m = new MergeStatements(this, target, staging, uniqueKey, columns);
        return List.of(m.deleteMatching(), m.insertAll());
    }

    protected final void requireStrategy(IncrementalStrategy strategy) {
        if (!supports(strategy)) {
            throw new DvtException(ErrorCode.CONFIG, name() + " does not support incremental_strategy '"
                    + strategy.configName() + "'; use one of " + incrementalStrategies().stream()
                            .map(IncrementalStrategy::configName).collect(Collectors.joining(", ")));
        }
    }

    /** MERGE: whether the SET target is written {@code target.c} (else bare {@code c}). */
    protected boolean qualifiesMergeSetColumns() {
        return true;
    }

    /** MERGE: the ON condition as written (Oracle and Exasol need parentheses). */
    protected String mergeOn(String condition) {
        return condition;
    }

    /**
     * MERGE: whether a key-only table still gets {@code WHEN MATCHED THEN UPDATE SET k = k}; Oracle
     * refuses to update columns used in ON, so there the clause is left out.
     */
    protected boolean mergeUpdatesKeyOnlyTables() {
        return true;
    }

    /** Text after a MERGE statement (SQL Server requires a semicolon). */
    protected String mergeTerminator() {
        return "";
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name() + "]";
    }
}
