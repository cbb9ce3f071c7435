package dev.dvt.core.adapter.mysql;

import dev.dvt.core.adapter.ProfileKeys;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.spi.Adapter;
import dev.dvt.spi.AdapterEnvironment;
import dev.dvt.spi.AdapterFactory;
import java.util.Set;

/** Serves {@code mysql}, {@code mariadb}, {@code tidb} and {@code singlestore} with MariaDB Connector/J. */
public final class MySqlAdapterFactory implements AdapterFactory {
    static final Set<String> TYPES = Set.of("mysql", "mariadb", "tidb", "singlestore");

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public boolean handles(String profileType) {
        return TYPES.contains(profileType);
    }

    @Override
    public Adapter create(TargetConfig target, AdapterEnvironment env) {
        ProfileKeys keys = new ProfileKeys(target);
        MySqlProfile profile = MySqlProfile.from(keys);
        keys.warnUnknownKeys();
        return new MySqlAdapter(target, env, profile);
    }
}
