package dev.dvt.core.adapter.redshift;

import dev.dvt.core.adapter.postgres.PostgresDialect;
import dev.dvt.core.dialect.CanonicalType;
import dev.dvt.core.dialect.MergeStatements;
import dev.dvt.core.dialect.RelationName;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Amazon Redshift: PostgreSQL 8 syntax, no TABLESAMPLE, no unbounded text or numeric. */
public class RedshiftDialect extends PostgresDialect {
    public static final RedshiftDialect DEFAULT = new RedshiftDialect();
    private static final int MAX_VARCHAR = 65_535;

    @Override
    public String name() {
        return "redshift";
    }

    @Override
    public Set<String> adapterTypes() {
        return Set.of("redshift");
    }

    @Override
    public Optional<String> sampleClause(double percent) {
        return Optional.empty();
    }

    @Override
    protected String typeName(CanonicalType type) {
        return switch (type) {
            case TEXT, STRING -> "VARCHAR(" + MAX_VARCHAR + ")";
            case BINARY -> "VARBYTE";
            case JSON -> "SUPER";
            default -> super.typeName(type);
        };
    }

    @Override
    protected String stringType(int length) {
        return "VARCHAR(" + (length > 0 ? Math.min(length, MAX_VARCHAR) : MAX_VARCHAR) + ")";
    }

    @Override
    protected String unboundedDecimalType() {
        return decimalType(38, 10);
    }

    /** A delete of matching rows and an insert, as one two-statement script. */
    @Override
    public String mergeSql(RelationName target, RelationName staging, List<String> uniqueKey, List<String> columns) {
        MergeStatements m = new MergeStatements(this, target, staging, uniqueKey, columns);
        return m.deleteUsing() + ";\n" + m.insertAll();
    }
}
