package dev.dvt.core.adapter.vertica;

import dev.dvt.core.dialect.CanonicalType;
import dev.dvt.core.dialect.IncrementalStrategy;
import dev.dvt.core.dialect.SqlDialect;
import java.util.EnumSet;
import java.util.Set;

/** Vertica: PostgreSQL-like syntax, no TABLESAMPLE, 65000-byte VARCHARs. */
public class VerticaDialect extends SqlDialect {
    public static final VerticaDialect DEFAULT = new VerticaDialect();
    private static final int MAX_VARCHAR = 65_000;

    @Override
    public String name() {
        return "vertica";
    }

    @Override
    protected String typeName(CanonicalType type) {
        return switch (type) {
            case TEXT, STRING, JSON -> "LONG VARCHAR";
            case FLOAT -> "FLOAT";
            case TIMESTAMP_TZ -> "TIMESTAMPTZ";
            case BINARY -> "LONG VARBINARY";
            default -> super.typeName(type);
        };
    }

    @Override
    protected String stringType(int length) {
        return length > MAX_VARCHAR ? "LONG VARCHAR" : "VARCHAR(" + (length > 0 ? length : MAX_VARCHAR) + ")";
    }

    @Override
    protected String decimalType(int precision, int scale) {
        return "NUMERIC(" + precision + "," + scale + ")";
    }

    @Override
    public boolean supportsDropCascade() {
        return true;
    }

    @Override
    protected boolean qualifiesMergeSetColumns() {
        return false;
    }

    @Override
    public Set<IncrementalStrategy> incrementalStrategies() {
        return EnumSet.of(IncrementalStrategy.APPEND, IncrementalStrategy.MERGE,
                IncrementalStrategy.DELETE_INSERT, IncrementalStrategy.INSERT_OVERWRITE);
    }
}
