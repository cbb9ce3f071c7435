package dev.dvt.core.adapter.postgres;

import dev.dvt.core.dialect.CanonicalType;
import dev.dvt.core.dialect.MergeStatements;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.core.dialect.SqlDialect;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** PostgreSQL and the systems that speak its SQL closely enough to share it. */
public class PostgresDialect extends SqlDialect {
    public static final PostgresDialect DEFAULT = new PostgresDialect();

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public Set<String> adapterTypes() {
        return Set.of("postgres", "greenplum", "alloydb", "timescaledb");
    }

    @Override
    public CaseFolding unquotedCaseFolding() {
        return CaseFolding.LOWER;
    }

    @Override
    public Optional<String> sampleClause(double percent) {
        return Optional.of("TABLESAMPLE BERNOULLI (" + percent(percent) + ")");
    }

    @Override
    protected String typeName(CanonicalType type) {
        return switch (type) {
            case TEXT, STRING -> "TEXT";
            case TIMESTAMP_TZ -> "TIMESTAMPTZ";
            case BINARY -> "BYTEA";
            case JSON -> "JSONB";
            default -> super.typeName(type);
        };
    }

    @Override
    protected String decimalType(int precision, int scale) {
        return "NUMERIC(" + precision + "," + scale + ")";
    }

    @Override
    protected String unboundedDecimalType() {
        return "NUMERIC";
    }

    /** A schema always belongs to the connected database: PostgreSQL rejects a database-qualified name here. */
    @Override
    public String createSchemaIfNotExists(String database, String schema) {
        return super.createSchemaIfNotExists(null, schema);
    }

    @Override
    public boolean supportsDropCascade() {
        return true;
    }

    @Override
    public boolean ddlIsTransactional() {
        return true;
    }

    /** {@code INSERT … ON CONFLICT (keys) DO UPDATE SET c = EXCLUDED.c}; needs {@link #createUniqueIndex}. */
    @Override
    public String mergeSql(RelationName target, RelationName staging, List<String> uniqueKey, List<String> columns) {
        MergeStatements m = new MergeStatements(this, target, staging, uniqueKey, columns);
        return m.insertAll() + " ON CONFLICT (" + m.quotedKeys() + ") DO UPDATE SET "
                + m.updateSet(c -> c + " = EXCLUDED." + c);
    }

    @Override
    public List<String> deleteInsertSql(
            RelationName target, RelationName staging, List<String> uniqueKey, List<String> columns) {
        MergeStatements m = new MergeStatements(this, target, staging, uniqueKey, columns);
        return List.of(m.deleteUsing(), m.insertAll());
    }

    /** ON CONFLICT needs a unique index over the key; this creates it once, named after table and key. */
    public String createUniqueIndex(RelationName target, List<String> uniqueKey) {
        String suffix = String.join("_", uniqueKey);
        String index = "_dvt_uq_" + target.identifier() + "_" + suffix.substring(0, Math.min(40, suffix.length()));
        return "CREATE UNIQUE INDEX IF NOT EXISTS " + quoteIdentifier(index) + " ON " + render(target)
                + " (" + quotedList(uniqueKey) + ")";
    }
}
