package dev.dvt.core.adapter.teradata;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.dialect.CanonicalType;
import dev.dvt.core.dialect.ColumnDef;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.core.dialect.SqlDialect;

/**
 * Teradata: database.table, TOP n, no OFFSET, no IF [NOT] EXISTS (callers ignore error 3807 on
 * drop and check existence before create), and databases that need PERM space to be created.
 */
public class TeradataDialect extends SqlDialect {
    public static final TeradataDialect DEFAULT = new TeradataDialect();
    private static final int MAX_VARCHAR = 32_000;

    @Override
    public String name() {
        return "teradata";
    }

    @Override
    public boolean supportsCatalogs() {
        return false;
    }

    @Override
    public String booleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    @Override
    public boolean limitIsPrefix() {
        return true;
    }

    @Override
    public String limitClause(long limit) {
        return "TOP " + limit;
    }

    @Override
    public String offsetClause(long offset, Long limit) {
        throw new DvtException(ErrorCode.DATABASE, "Teradata has no OFFSET; page with QUALIFY ROW_NUMBER() instead");
    }

    @Override
    public String randomFunction() {
        return "RANDOM(0, 2147483647)";
    }

    @Override
    protected String typeName(CanonicalType type) {
        return switch (type) {
            case TEXT -> "CLOB";
            case STRING -> "VARCHAR(" + MAX_VARCHAR + ")";
            case FLOAT -> "FLOAT";
            case BOOLEAN -> "BYTEINT";
            case TIMESTAMP -> "TIMESTAMP(6)";
            case TIMESTAMP_TZ -> "TIMESTAMP(6) WITH TIME ZONE";
            case TIME -> "TIME(6)";
            case BINARY -> "BLOB";
            default -> super.typeName(type);
        };
    }

    @Override
    protected String stringType(int length) {
        return length > MAX_VARCHAR ? "CLOB" : "VARCHAR(" + (length > 0 ? length : MAX_VARCHAR) + ")";
    }

    @Override
    public String createTableAs(RelationName relation, String selectSql) {
        return "CREATE TABLE " + render(relation) + " AS (" + selectSql + ") WITH DATA";
    }

    @Override
    public boolean supportsCreateTableIfNotExists() {
        return false;
    }

    @Override
    public String createSchemaIfNotExists(String database, String schema) {
        throw new DvtException(ErrorCode.DATABASE, "Teradata database " + quoteIdentifier(schema)
                + " must be created by a DBA (CREATE DATABASE needs PERM space)");
    }

    @Override
    public boolean supportsDropIfExists() {
        return false;
    }

    @Override
    public String dropTableIfExists(RelationName relation) {
        return "DROP TABLE " + render(relation);
    }

    @Override
    public String dropViewIfExists(RelationName relation) {
        return "DROP VIEW " + render(relation);
    }

    @Override
    public String renameRelation(RelationName relation, String newIdentifier) {
        return "RENAME TABLE " + render(relation) + " TO " + render(relation.withIdentifier(newIdentifier));
    }

    @Override
    public String truncateTable(RelationName relation) {
        return "DELETE FROM " + render(relation) + " ALL";
    }

    @Override
    public String addColumn(RelationName relation, ColumnDef column) {
        return "ALTER TABLE " + render(relation) + " ADD " + quoteIdentifier(column.name()) + " " + column.ddlType();
    }

    @Override
    protected boolean qualifiesMergeSetColumns() {
        return false;
    }
}
