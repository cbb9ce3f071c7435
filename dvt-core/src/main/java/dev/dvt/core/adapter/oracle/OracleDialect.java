package dev.dvt.core.adapter.oracle;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.dialect.CanonicalType;
import dev.dvt.core.dialect.ColumnDef;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.core.dialect.SqlDialect;
import java.util.List;
import java.util.Optional;

/**
 * Oracle 12c+: FETCH FIRST, no AS before table aliases, NUMBER types, and PL/SQL blocks where
 * IF [NOT] EXISTS is missing (ORA-00955 name in use, ORA-00942 no such table).
 */
public class OracleDialect extends SqlDialect {
    public static final OracleDialect DEFAULT = new OracleDialect();
    private static final int MAX_VARCHAR2 = 4000;

    @Override
    public String name() {
        return "oracle";
    }

    @Override
    public CaseFolding unquotedCaseFolding() {
        return CaseFolding.UPPER;
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
    public String currentTimestamp() {
        return "SYSTIMESTAMP";
    }

    @Override
    public String limitClause(long limit) {
        return "FETCH FIRST " + limit + " ROWS ONLY";
    }

    @Override
    public String offsetClause(long offset, Long limit) {
        return "OFFSET " + offset + " ROWS" + (limit == null ? "" : " FETCH NEXT " + limit + " ROWS ONLY");
    }

    @Override
    public Optional<String> sampleClause(double percent) {
        return Optional.of("SAMPLE (" + percent(percent) + ")");
    }

    @Override
    public String randomFunction() {
        return "DBMS_RANDOM.VALUE";
    }

    @Override
    protected String tableAlias(String alias) {
        return alias;
    }

    @Override
    protected String typeName(CanonicalType type) {
        return switch (type) {
            case TEXT, JSON -> "CLOB";
            case STRING -> "VARCHAR2(" + MAX_VARCHAR2 + ")";
            case INT -> "NUMBER(10)";
            case BIGINT -> "NUMBER(19)";
            case SMALLINT -> "NUMBER(5)";
            case FLOAT -> "BINARY_FLOAT";
            case DOUBLE -> "BINARY_DOUBLE";
            case BOOLEAN -> "NUMBER(1)";
            // Oracle has no TIME type.
            case TIME -> "TIMESTAMP";
            case BINARY -> "BLOB";
            default -> super.typeName(type);
        };
    }

    @Override
    protected String stringType(int length) {
        if (length > MAX_VARCHAR2) {
            return "CLOB";
        }
        return "VARCHAR2(" + (length > 0 ? length : MAX_VARCHAR2) + ")";
    }

    @Override
    protected String decimalType(int precision, int scale) {
        return "NUMBER(" + precision + "," + scale + ")";
    }

    @Override
    protected String unboundedDecimalType() {
        return "NUMBER";
    }

    @Override
    public String createTableIfNotExists(RelationName relation, List<ColumnDef> columns) {
        return ignoring(-955, createTable(relation, columns));
    }

    @Override
    public String createSchemaIfNotExists(String database, String schema) {
        throw new DvtException(ErrorCode.DATABASE, "Oracle schemas are users: ask a DBA to create user "
                + quoteIdentifier(schema) + " and grant this connection the right to create tables in it");
    }

    @Override
    public String dropTableIfExists(RelationName relation) {
        return ignoring(-942, "DROP TABLE " + render(relation) + " CASCADE CONSTRAINTS");
    }

    @Override
    public String dropViewIfExists(RelationName relation) {
        return ignoring(-942, "DROP VIEW " + render(relation));
    }

    @Override
    public String addColumn(RelationName relation, ColumnDef column) {
        return "ALTER TABLE " + render(relation) + " ADD (" + quoteIdentifier(column.name()) + " "
                + column.ddlType() + ")";
    }

    @Override
    protected String mergeOn(String condition) {
        return "(" + condition + ")";
    }

    @Override
    protected boolean mergeUpdatesKeyOnlyTables() {
        return false;
    }

    /** Runs {@code sql}, treating the given ORA- error code as success. */
    private String ignoring(int sqlCode, String sql) {
        return "BEGIN EXECUTE IMMEDIATE " + quoteString(sql) + "; EXCEPTION WHEN OTHERS THEN IF SQLCODE != "
                + sqlCode + " THEN RAISE; END IF; END;";
    }
}
