package dev.dvt.core.adapter.postgres;

import java.util.Optional;
import java.util.Set;

/** Systems with PostgreSQL's syntax but no TABLESAMPLE: Materialize, RisingWave, CrateDB. */
public class PostgresCompatibleDialect extends PostgresDialect {
    public static final PostgresCompatibleDialect DEFAULT = new PostgresCompatibleDialect();

    @Override
    public Set<String> adapterTypes() {
        return Set.of("materialize", "risingwave", "cratedb");
    }

    @Override
    public Optional<String> sampleClause(double percent) {
        return Optional.empty();
    }
}
