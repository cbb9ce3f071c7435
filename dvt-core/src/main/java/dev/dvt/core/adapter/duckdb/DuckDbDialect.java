package dev.dvt.core.adapter.duckdb;

import dev.dvt.core.dialect.CanonicalType;
import dev.dvt.core.dialect.SqlDialect;
import java.util.Optional;

/** DuckDB: PostgreSQL-like, case-insensitive but case-preserving, MERGE since 1.4. */
public class DuckDbDialect extends SqlDialect {
    public static final DuckDbDialect DEFAULT = new DuckDbDialect();

    @Override
    public String name() {
        return "duckdb";
    }

    @Override
    public Optional<String> sampleClause(double percent) {
        return Optional.of("TABLESAMPLE (" + percent(percent) + "%)");
    }

    @Override
    protected String typeName(CanonicalType type) {
        return switch (type) {
            case DOUBLE -> "DOUBLE";
            case TIMESTAMP_TZ -> "TIMESTAMPTZ";
            case BINARY -> "BLOB";
            default -> super.typeName(type);
        };
    }

    @Override
    public boolean requiresSubqueryAlias() {
        return false;
    }

    @Override
    public boolean supportsDropCascade() {
        return true;
    }

    @Override
    public boolean ddlIsTransactional() {
        return true;
    }

    /** DuckDB rejects {@code UPDATE SET target.c = …}. */
    @Override
    protected boolean qualifiesMergeSetColumns() {
        return false;
    }
}
