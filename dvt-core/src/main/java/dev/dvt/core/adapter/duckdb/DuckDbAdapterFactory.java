package dev.dvt.core.adapter.duckdb;

import dev.dvt.core.config.TargetConfig;
import dev.dvt.spi.Adapter;
import dev.dvt.spi.AdapterEnvironment;
import dev.dvt.spi.AdapterFactory;

/** Serves profile type {@code duckdb}. */
public final class DuckDbAdapterFactory implements AdapterFactory {
    @Override
    public String name() {
        return "duckdb";
    }

    @Override
    public boolean handles(String profileType) {
        return "duckdb".equals(profileType);
    }

    @Override
    public Adapter create(TargetConfig target, AdapterEnvironment env) {
        return new DuckDbAdapter(target, env, DuckDbProfile.from(target, env.projectDir()));
    }
}
