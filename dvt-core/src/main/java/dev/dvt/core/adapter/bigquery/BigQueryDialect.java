package dev.dvt.core.adapter.bigquery;

import dev.dvt.core.dialect.CanonicalType;
import dev.dvt.core.dialect.IncrementalStrategy;
import dev.dvt.core.dialect.SqlDialect;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** BigQuery: backticks, project.dataset.table, backslash escapes, NUMERIC or BIGNUMERIC. */
public class BigQueryDialect extends SqlDialect {
    public static final BigQueryDialect DEFAULT = new BigQueryDialect();

    @Override
    public String name() {
        return "bigquery";
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
    public String currentTimestamp() {
        return "CURRENT_TIMESTAMP()";
    }

    @Override
    public Optional<String> sampleClause(double percent) {
        return Optional.of("TABLESAMPLE SYSTEM (" + percent(percent) + " PERCENT)");
    }

    @Override
    public String randomFunction() {
        return "RAND()";
    }

    @Override
    protected String typeName(CanonicalType type) {
        return switch (type) {
            case TEXT, STRING -> "STRING";
            case INT, BIGINT, SMALLINT -> "INT64";
            case FLOAT, DOUBLE -> "FLOAT64";
            case BOOLEAN -> "BOOL";
            case TIMESTAMP -> "DATETIME";
            case TIMESTAMP_TZ -> "TIMESTAMP";
            case BINARY -> "BYTES";
            default -> super.typeName(type);
        };
    }

    @Override
    protected String stringType(int length) {
        return "STRING";
    }

    /** NUMERIC holds 29 integer and 9 fraction digits; anything wider needs BIGNUMERIC. */
    @Override
    protected String decimalType(int precision, int scale) {
        if (precision - scale <= 29 && scale <= 9) {
            return "NUMERIC(" + precision + "," + scale + ")";
        }
        return "BIGNUMERIC(" + Math.min(precision, scale + 38) + "," + Math.min(scale, 38) + ")";
    }

    @Override
    protected String unboundedDecimalType() {
        return "BIGNUMERIC";
    }

    @Override
    protected int maxDecimalPrecision() {
        return 76;
    }

    @Override
    public Set<IncrementalStrategy> incrementalStrategies() {
        return EnumSet.of(IncrementalStrategy.APPEND, IncrementalStrategy.MERGE,
                IncrementalStrategy.DELETE_INSERT, IncrementalStrategy.INSERT_OVERWRITE);
    }
}
