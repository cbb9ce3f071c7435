package dev.dvt.core.adapter.db2;

import dev.dvt.core.dialect.CanonicalType;
import dev.dvt.core.dialect.ColumnDef;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.core.dialect.SqlDialect;
import java.util.List;
import java.util.Optional;

/**
 * Db2 for LUW: upper-case names, FETCH FIRST, and compound statements with a CONTINUE handler where
 * IF [NOT] EXISTS is missing (SQLSTATE 42710 already exists, 42704 not found).
 */
public class Db2Dialect extends SqlDialect {
    public static final Db2Dialect DEFAULT = new Db2Dialect();
    private static final int MAX_VARCHAR = 32_672;

    @Override
    public String name() {
        return "db2";
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
    public String currentTimestamp() {
        return "CURRENT TIMESTAMP";
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
        return Optional.of("TABLESAMPLE BERNOULLI (" + percent(percent) + ")");
    }

    @Override
    public String randomFunction() {
        return "RAND()";
    }

    @Override
    protected String typeName(CanonicalType type) {
        return switch (type) {
            case TEXT, JSON -> "CLOB";
            case DOUBLE -> "DOUBLE";
            // Db2 LUW timestamps carry no time zone.
            case TIMESTAMP, TIMESTAMP_TZ -> "TIMESTAMP(6)";
            case BINARY -> "BLOB";
            default -> super.typeName(type);
        };
    }

    @Override
    protected String stringType(int length) {
        return length > MAX_VARCHAR ? "CLOB" : "VARCHAR(" + (length > 0 ? length : MAX_VARCHAR) + ")";
    }

    @Override
    protected String unboundedDecimalType() {
        return decimalType(31, 8);
    }

    @Override
    protected int maxDecimalPrecision() {
        return 31;
    }

    @Override
    public String createTableAs(RelationName relation, String selectSql) {
        return "CREATE TABLE " + render(relation) + " AS (" + selectSql + ") WITH DATA";
    }

    @Override
    public String createTableIfNotExists(RelationName relation, List<ColumnDef> columns) {
        return ignoring("42710", createTable(relation, columns));
    }

    @Override
    public String createSchemaIfNotExists(String database, String schema) {
        return ignoring("42710", "CREATE SCHEMA " + quoteIdentifier(schema));
    }

    @Override
    public String dropTableIfExists(RelationName relation) {
        return ignoring("42704", "DROP TABLE " + render(relation));
    }

    @Override
    public String dropViewIfExists(RelationName relation) {
        return ignoring("42704", "DROP VIEW " + render(relation));
    }

    @Override
    public String renameRelation(RelationName relation, String newIdentifier) {
        return "RENAME TABLE " + render(relation) + " TO " + quoteIdentifier(newIdentifier);
    }

    @Override
    public String truncateTable(RelationName relation) {
        return "TRUNCATE TABLE " + render(relation) + " IMMEDIATE";
    }

    @Override
    public boolean ddlIsTransactional() {
        return true;
    }

    @Override
    protected boolean qualifiesMergeSetColumns() {
        return false;
    }

    private String ignoring(String sqlState, String sql) {
        return "BEGIN DECLARE CONTINUE HANDLER FOR SQLSTATE '" + sqlState + "' BEGIN END; EXECUTE IMMEDIATE "
                + quoteString(sql) + "; END";
    }
}
