package dev.dvt.core.adapter.impala;

import dev.dvt.core.adapter.hive.HiveDialect;
import dev.dvt.core.dialect.CanonicalType;
import java.util.Optional;

/** Apache Impala: Hive's names and DDL, its own sample clause and now(). */
public class ImpalaDialect extends HiveDialect {
    public static final ImpalaDialect DEFAULT = new ImpalaDialect();

    @Override
    public String name() {
        return "impala";
    }

    @Override
    public String currentTimestamp() {
        return "now()";
    }

    @Override
    public Optional<String> sampleClause(double percent) {
        return Optional.of("TABLESAMPLE SYSTEM (" + percent(percent) + ")");
    }

    @Override
    protected String typeName(CanonicalType type) {
        // BINARY only exists from Impala 4.1; text works everywhere.
        return type == CanonicalType.BINARY ? "STRING" : super.typeName(type);
    }
}
