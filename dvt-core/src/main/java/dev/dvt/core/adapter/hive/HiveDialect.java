package dev.dvt.core.adapter.hive;

import dev.dvt.core.dialect.CanonicalType;
import dev.dvt.core.dialect.ColumnDef;
import dev.dvt.core.dialect.IncrementalStrategy;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.core.dialect.SqlDialect;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Apache Hive, and the base of the Spark family: backticks, database.table, STRING types. */
public class HiveDialect extends SqlDialect {
    public static final HiveDialect DEFAULT = new HiveDialect();

    @Override
    public String name() {
        return "hive";
    }

    @Override
    protected String quoteOpen() {
        return "`";
    }

    @Override
    protected String quoteClose() {
        return "`";
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
        return "current_timestamp()";
    }

    @Override
    public Optional<String> sampleClause(double percent) {
        return Optional.of("TABLESAMPLE (" + percent(percent) + " PERCENT)");
    }

    @Override
    public String randomFunction() {
        return "RAND()";
    }

    @Override
    protected String typeName(CanonicalType type) {
        return switch (type) {
            case TEXT, STRING, TIME, JSON -> "STRING";
            case INT -> "INT";
            case FLOAT -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case TIMESTAMP_TZ -> "TIMESTAMP";
            case BINARY -> "BINARY";
            default -> super.typeName(type);
        };
    }

    @Override
    protected String stringType(int length) {
        return "STRING";
    }

    @Override
    protected String renameTarget(RelationName relation, String newIdentifier) {
        return render(relation.withIdentifier(newIdentifier));
    }

    @Override
    public String addColumn(RelationName relation, ColumnDef column) {
        return "ALTER TABLE " + render(relation) + " ADD COLUMNS (" + quoteIdentifier(column.name()) + " "
                + column.ddlType() + ")";
    }

    @Override
    public Set<IncrementalStrategy> incrementalStrategies() {
        return EnumSet.of(IncrementalStrategy.APPEND, IncrementalStrategy.INSERT_OVERWRITE);
    }
}
