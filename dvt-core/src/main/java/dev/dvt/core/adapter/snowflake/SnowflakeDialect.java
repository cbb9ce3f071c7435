package dev.dvt.core.adapter.snowflake;

import dev.dvt.core.dialect.CanonicalType;
import dev.dvt.core.dialect.IncrementalStrategy;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.core.dialect.SqlDialect;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Snowflake: upper-cases unquoted names; a bare rename target would land in the session schema. */
public class SnowflakeDialect extends SqlDialect {
    public static final SnowflakeDialect DEFAULT = new SnowflakeDialect();

    @Override
    public String name() {
        return "snowflake";
    }

    @Override
    public CaseFolding unquotedCaseFolding() {
        return CaseFolding.UPPER;
    }

    @Override
    public String currentTimestamp() {
        return "CURRENT_TIMESTAMP()";
    }

    @Override
    public Optional<String> sampleClause(double percent) {
        return Optional.of("SAMPLE (" + percent(percent) + ")");
    }

    @Override
    protected String typeName(CanonicalType type) {
        return switch (type) {
            case FLOAT -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case TIMESTAMP -> "TIMESTAMP_NTZ";
            case TIMESTAMP_TZ -> "TIMESTAMP_TZ";
            case BINARY -> "BINARY";
            case JSON -> "VARIANT";
            default -> super.typeName(type);
        };
    }

    @Override
    protected String decimalType(int precision, int scale) {
        return "NUMBER(" + precision + "," + scale + ")";
    }

    @Override
    public boolean supportsDropCascade() {
        return true;
    }

    @Override
    protected String renameTarget(RelationName relation, String newIdentifier) {
        return render(relation.withIdentifier(newIdentifier));
    }

    @Override
    public Set<IncrementalStrategy> incrementalStrategies() {
        return EnumSet.of(IncrementalStrategy.APPEND, IncrementalStrategy.MERGE,
                IncrementalStrategy.DELETE_INSERT, IncrementalStrategy.INSERT_OVERWRITE);
    }
}
