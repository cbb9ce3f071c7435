package dev.dvt.core.adapter.trino;

import dev.dvt.core.dialect.CanonicalType;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.core.dialect.SqlDialect;
import java.util.Optional;
import java.util.Set;

/** Trino and Starburst: catalog.schema.table, names folded to lower case, OFFSET before LIMIT. */
public class TrinoDialect extends SqlDialect {
    public static final TrinoDialect DEFAULT = new TrinoDialect();

    @Override
    public String name() {
        return "trino";
    }

    @Override
    public Set<String> adapterTypes() {
        return Set.of("trino", "starburst");
    }

    @Override
    public CaseFolding unquotedCaseFolding() {
        return CaseFolding.LOWER;
    }

    @Override
    public String offsetClause(long offset, Long limit) {
        return "OFFSET " + offset + (limit == null ? "" : " LIMIT " + limit);
    }

    @Override
    public Optional<String> sampleClause(double percent) {
        return Optional.of("TABLESAMPLE BERNOULLI (" + percent(percent) + ")");
    }

    @Override
    public String randomFunction() {
        return "RAND()";
    }

    @Override
    protected String typeName(CanonicalType type) {
        return switch (type) {
            case DOUBLE -> "DOUBLE";
            case TIMESTAMP -> "TIMESTAMP(6)";
            case TIMESTAMP_TZ -> "TIMESTAMP(6) WITH TIME ZONE";
            default -> super.typeName(type);
        };
    }

    @Override
    protected String renameTarget(RelationName relation, String newIdentifier) {
        return render(relation.withIdentifier(newIdentifier));
    }

    /** Trino's MERGE grammar takes a bare column name after SET. */
    @Override
    protected boolean qualifiesMergeSetColumns() {
        return false;
    }
}
