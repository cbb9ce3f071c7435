package dev.dvt.core.adapter.clickhouse;

import dev.dvt.core.dialect.CanonicalType;
import dev.dvt.core.dialect.ColumnDef;
import dev.dvt.core.dialect.IncrementalStrategy;
import dev.dvt.core.dialect.MergeStatements;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.core.dialect.SqlDialect;
import dev.dvt.core.dialect.TypeSpec;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * ClickHouse: database.table, every table needs an engine, columns are NOT NULL unless wrapped in
 * Nullable, and there is no MERGE or correlated EXISTS.
 */
public class ClickHouseDialect extends SqlDialect {
    public static final ClickHouseDialect DEFAULT = new ClickHouseDialect();
    private static final String ENGINE = " ENGINE = MergeTree ORDER BY tuple()";

    @Override
    public String name() {
        return "clickhouse";
    }

    @Override
    public String quoteIdentifier(String identifier) {
        return "`" + identifier.replace("\\", "\\\\").replace("`", "\\`") + "`";
    }

    @Override
    public String quoteString(String value) {
        return quoteStringWithBackslashes(value);
    }

    @Override
    public boolean supportsCatalogs() {
        return false;
    }

    @Override
    public String currentTimestamp() {
        return "now64(6)";
    }

    @Override
    public String randomFunction() {
        return "rand()";
    }

    /** Loaded data may hold NULLs, so every column is Nullable. */
    @Override
    public String ddlType(TypeSpec type) {
        return "Nullable(" + super.ddlType(type) + ")";
    }

    @Override
    protected String typeName(CanonicalType type) {
        return switch (type) {
            case TEXT, STRING, TIME, BINARY, JSON -> "String";
            case INT -> "Int32";
            case BIGINT -> "Int64";
            case SMALLINT -> "Int16";
            case FLOAT -> "Float32";
            case DOUBLE -> "Float64";
            case BOOLEAN -> "Bool";
            case DATE -> "Date32";
            case TIMESTAMP -> "DateTime64(6)";
            case TIMESTAMP_TZ -> "DateTime64(6, 'UTC')";
            default -> super.typeName(type);
        };
    }

    @Override
    protected String stringType(int length) {
        return "String";
    }

    @Override
    protected String decimalType(int precision, int scale) {
        return "Decimal(" + precision + ", " + scale + ")";
    }

    @Override
    public String createTableAs(RelationName relation, String selectSql) {
        return "CREATE TABLE " + render(relation) + ENGINE + " AS " + selectSql;
    }

    @Override
    public String createTable(RelationName relation, List<ColumnDef> columns) {
        return super.createTable(relation, columns) + ENGINE;
    }

    @Override
    public String createTableIfNotExists(RelationName relation, List<ColumnDef> columns) {
        return super.createTableIfNotExists(relation, columns) + ENGINE;
    }

    @Override
    public String createSchemaIfNotExists(String database, String schema) {
        return "CREATE DATABASE IF NOT EXISTS " + quoteIdentifier(schema);
    }

    @Override
    public String renameRelation(RelationName relation, String newIdentifier) {
        return "RENAME TABLE " + render(relation) + " TO " + render(relation.withIdentifier(newIdentifier));
    }

    @Override
    public Set<IncrementalStrategy> incrementalStrategies() {
        return EnumSet.of(IncrementalStrategy.APPEND, IncrementalStrategy.DELETE_INSERT,
                IncrementalStrategy.INSERT_OVERWRITE);
    }

    /** A tuple IN instead of a correlated EXISTS, which ClickHouse does not run. */
    @Override
    public List<String> deleteInsertSql(
            RelationName target, RelationName staging, List<String> uniqueKey, List<String> columns) {
        requireStrategy(IncrementalStrategy.DELETE_INSERT);
        MergeStatements m = new MergeStatements(this, target, staging, uniqueKey, columns);
        String keys = m.quotedKeys();
        String tuple = uniqueKey.size() == 1 ? keys : "(" + keys + ")";
        return List.of("DELETE FROM " + m.target() + " WHERE " + tuple + " IN (SELECT " + keys + " FROM "
                + m.staging() + ")", m.insertAll());
    }
}
