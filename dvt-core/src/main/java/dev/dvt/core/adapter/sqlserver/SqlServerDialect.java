package dev.dvt.core.adapter.sqlserver;

import dev.dvt.core.dialect.CanonicalType;
import dev.dvt.core.dialect.ColumnDef;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.core.dialect.SqlDialect;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** SQL Server, Azure Synapse and Fabric warehouses (T-SQL): brackets, TOP, SELECT INTO, sp_rename. */
public class SqlServerDialect extends SqlDialect {
    public static final SqlServerDialect DEFAULT = new SqlServerDialect();
    private static final int MAX_NVARCHAR = 4000;

    @Override
    public String name() {
        return "sqlserver";
    }

    @Override
    public Set<String> adapterTypes() {
        return Set.of("sqlserver", "synapse", "fabric");
    }

    @Override
    public String transpilerDialect() {
        return "tsql";
    }

    @Override
    protected String quoteOpen() {
        return "[";
    }

    @Override
    protected String quoteClose() {
        return "]";
    }

    @Override
    public String booleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    @Override
    public String currentTimestamp() {
        return "SYSDATETIME()";
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
        return "OFFSET " + offset + " ROWS" + (limit == null ? "" : " FETCH NEXT " + limit + " ROWS ONLY");
    }

    @Override
    protected boolean offsetNeedsOrderBy() {
        return true;
    }

    @Override
    public Optional<String> sampleClause(double percent) {
        return Optional.of("TABLESAMPLE (" + percent(percent) + " PERCENT)");
    }

    @Override
    public String randomFunction() {
        return "NEWID()";
    }

    @Override
    protected String typeName(CanonicalType type) {
        return switch (type) {
            case TEXT, STRING, JSON -> "NVARCHAR(MAX)";
            case INT -> "INT";
            case DOUBLE -> "FLOAT";
            case BOOLEAN -> "BIT";
            case TIMESTAMP -> "DATETIME2(6)";
            case TIMESTAMP_TZ -> "DATETIMEOFFSET(6)";
            case TIME -> "TIME(6)";
            case BINARY -> "VARBINARY(MAX)";
            default -> super.typeName(type);
        };
    }

    @Override
    protected String stringType(int length) {
        return length > 0 && length <= MAX_NVARCHAR ? "NVARCHAR(" + length + ")" : "NVARCHAR(MAX)";
    }

    /** T-SQL has no CREATE TABLE AS; the query must not start with a CTE. */
    @Override
    public String createTableAs(RelationName relation, String selectSql) {
        return "SELECT * INTO " + render(relation) + " FROM (" + selectSql + ") AS dvt_ctas_subq";
    }

    @Override
    public String createTableIfNotExists(RelationName relation, List<ColumnDef> columns) {
        return "IF OBJECT_ID(N" + quoteString(render(relation)) + ", N'U') IS NULL " + createTable(relation, columns);
    }

    /** CREATE SCHEMA must be alone in its batch, hence EXEC; it always lands in the current database. */
    @Override
    public String createSchemaIfNotExists(String database, String schema) {
        return "IF SCHEMA_ID(N" + quoteString(schema) + ") IS NULL EXEC(N"
                + quoteString("CREATE SCHEMA " + quoteIdentifier(schema)) + ")";
    }

    /** sp_rename takes the old name as [schema.]table in the current database and the new one bare, unquoted. */
    @Override
    public String renameRelation(RelationName relation, String newIdentifier) {
        String old = render(new RelationName(null, relation.schema(), relation.identifier()));
        return "EXEC sp_rename N" + quoteString(old) + ", N" + quoteString(newIdentifier);
    }

    @Override
    public String addColumn(RelationName relation, ColumnDef column) {
        return "ALTER TABLE " + render(relation) + " ADD " + quoteIdentifier(column.name()) + " " + column.ddlType();
    }

    @Override
    public boolean ddlIsTransactional() {
        return true;
    }

    @Override
    protected String mergeTerminator() {
        return ";";
    }
}
