package dev.dvt.core.adapter.postgres;

import dev.dvt.core.adapter.ProfileKeys;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.core.dialect.DialectRegistry;
import dev.dvt.spi.Adapter;
import dev.dvt.spi.AdapterEnvironment;
import dev.dvt.spi.AdapterFactory;
import java.util.Set;

/** Serves {@code postgres} and the PostgreSQL-compatible types that pgjdbc reaches. */
public final class PostgresAdapterFactory implements AdapterFactory {
    static final Set<String> TYPES = Set.of("postgres", "greenplum", "alloydb", "timescaledb", "materialize",
            "risingwave", "cratedb");

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public boolean handles(String profileType) {
        return TYPES.contains(profileType);
    }

    @Override
    public Adapter create(TargetConfig target, AdapterEnvironment env) {
        ProfileKeys keys = new ProfileKeys(target);
        PostgresProfile profile = PostgresProfile.from(keys);
        keys.warnUnknownKeys();
        return new PostgresAdapter(target, env, DialectRegistry.forType(profile.type()), profile);
    }
}
