package dev.dvt.core.adapter.firebolt;

import dev.dvt.core.dialect.CanonicalType;
import dev.dvt.core.dialect.IncrementalStrategy;
import dev.dvt.core.dialect.SqlDialect;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Firebolt: PostgreSQL-flavoured SQL, TEXT for all strings, no MERGE and no TABLESAMPLE. */
public class FireboltDialect extends SqlDialect {
    public static final FireboltDialect DEFAULT = new FireboltDialect();

    @Override
    public String name() {
        return "firebolt";
    }

    @Override
    public boolean supportsCatalogs() {
        return false;
    }

    @Override
    public Optional<String> sampleClause(double percent) {
        return Optional.empty();
    }

    @Override
    protected String typeName(CanonicalType type) {
        return switch (type) {
            case TEXT, STRING, TIME, JSON -> "TEXT";
            case SMALLINT -> "INTEGER";
            case TIMESTAMP_TZ -> "TIMESTAMPTZ";
            case BINARY -> "BYTEA";
            default -> super.typeName(type);
        };
    }

    @Override
    protected String stringType(int length) {
        return "TEXT";
    }

    @Override
    protected String decimalType(int precision, int scale) {
        return "NUMERIC(" + precision + "," + scale + ")";
    }

    @Override
    public Set<IncrementalStrategy> incrementalStrategies() {
        return EnumSet.of(IncrementalStrategy.APPEND, IncrementalStrategy.INSERT_OVERWRITE);
    }
}
