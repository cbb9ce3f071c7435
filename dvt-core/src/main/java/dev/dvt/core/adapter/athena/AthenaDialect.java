package dev.dvt.core.adapter.athena;

import dev.dvt.core.adapter.trino.TrinoDialect;
import dev.dvt.core.dialect.CanonicalType;
import dev.dvt.core.dialect.ColumnDef;
import dev.dvt.core.dialect.IncrementalStrategy;
import dev.dvt.core.dialect.RelationName;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Amazon Athena: queries use Trino's SQL, but table DDL is Hive's (backticks, STRING, no
 * catalog part). Tables without a location use the workgroup's output location.
 */
public class AthenaDialect extends TrinoDialect {
    public static final AthenaDialect DEFAULT = new AthenaDialect();

    @Override
    public String name() {
        return "athena";
    }

    @Override
    public Set<String> adapterTypes() {
        return Set.of("athena");
    }

    @Override
    public CaseFolding unquotedCaseFolding() {
        return CaseFolding.LOWER;
    }

    @Override
    public Optional<String> sampleClause(double percent) {
        return Optional.empty();
    }

    @Override
    protected String typeName(CanonicalType type) {
        return switch (type) {
            case TEXT, STRING, TIME, JSON -> "STRING";
            case INT -> "INT";
            case FLOAT -> "FLOAT";
            case TIMESTAMP, TIMESTAMP_TZ -> "TIMESTAMP";
            case BINARY -> "BINARY";
            default -> super.typeName(type);
        };
    }

    @Override
    protected String stringType(int length) {
        return "STRING";
    }

    @Override
    public String createTable(RelationName relation, List<ColumnDef> columns) {
        return "CREATE TABLE " + ddlName(relation) + " (" + ddlColumns(columns) + ")";
    }

    @Override
    public String createTableIfNotExists(RelationName relation, List<ColumnDef> columns) {
        return "CREATE TABLE IF NOT EXISTS " + ddlName(relation) + " (" + ddlColumns(columns) + ")";
    }

    @Override
    public String createSchemaIfNotExists(String database, String schema) {
        return "CREATE SCHEMA IF NOT EXISTS " + backticked(schema);
    }

    @Override
    public String dropTableIfExists(RelationName relation) {
        return "DROP TABLE IF EXISTS " + ddlName(relation);
    }

    @Override
    public String renameRelation(RelationName relation, String newIdentifier) {
        return "ALTER TABLE " + ddlName(relation) + " RENAME TO " + ddlName(relation.withIdentifier(newIdentifier));
    }

    /** Athena has no TRUNCATE; DELETE works on Iceberg tables. */
    @Override
    public String truncateTable(RelationName relation) {
        return "DELETE FROM " + render(relation);
    }

    @Override
    public String addColumn(RelationName relation, ColumnDef column) {
        return "ALTER TABLE " + ddlName(relation) + " ADD COLUMNS (" + backticked(column.name()) + " "
                + column.ddlType() + ")";
    }

    @Override
    public Set<IncrementalStrategy> incrementalStrategies() {
        return EnumSet.of(IncrementalStrategy.APPEND, IncrementalStrategy.MERGE, IncrementalStrategy.INSERT_OVERWRITE);
    }

    private String ddlName(RelationName relation) {
        return renderWith(new RelationName(null, relation.schema(), relation.identifier()), this::backticked);
    }

    private String ddlColumns(List<ColumnDef> columns) {
        return columns.stream().map(c -> backticked(c.name()) + " " + c.ddlType()).collect(Collectors.joining(", "));
    }

    private String backticked(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
