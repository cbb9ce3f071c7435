package dev.dvt.core.adapter.generic;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.adapter.ProfileKeys;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.core.database.ClasspathLocator;
import dev.dvt.core.database.DatabaseCatalog;
import dev.dvt.core.database.DatabaseDefinition;
import dev.dvt.core.database.InstallCache;
import dev.dvt.core.dialect.DialectRegistry;
import dev.dvt.spi.Adapter;
import dev.dvt.spi.AdapterEnvironment;
import dev.dvt.spi.AdapterFactory;
import java.nio.file.Path;
import java.sql.Driver;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Serves every profile type of the {@link DatabaseCatalog} that has a JDBC URL and is not served by
 * a bundled adapter (PostgreSQL, MySQL/MariaDB, DuckDB), at the lowest priority so that a
 * dedicated adapter always wins. Drivers come from {@code ~/.dvt/drivers/<type>/}.
 */
public final class GenericJdbcAdapterFactory implements AdapterFactory {
    /** Types with a bundled driver and an adapter of their own. */
    private static final Set<String> BUNDLED = Set.of("postgres", "greenplum", "alloydb", "timescaledb",
            "materialize", "risingwave", "cratedb", "mysql", "mariadb", "tidb", "singlestore", "duckdb");

    private final ClasspathLocator locator;
    private final JdbcDriverLoader loader;

    public GenericJdbcAdapterFactory() {
        this(new ClasspathLocator(InstallCache.atDefaultLocation()), JdbcDriverLoader.isolated());
    }

    GenericJdbcAdapterFactory(ClasspathLocator locator, JdbcDriverLoader loader) {
        this.locator = requireNonNull(locator, "locator is null");
        this.loader = requireNonNull(loader, "loader is null");
    }

    /** A factory reading drivers from another install cache (tests, a custom DVT home). */
    public static GenericJdbcAdapterFactory withCache(Path cacheRoot) {
        return new GenericJdbcAdapterFactory(new ClasspathLocator(cacheRoot), JdbcDriverLoader.isolated());
    }

    /** Not a profile type: the registry lists the catalog types this factory handles instead. */
    @Override
    public String name() {
        return "generic-jdbc";
    }

    @Override
    public boolean handles(String profileType) {
        return !BUNDLED.contains(profileType) && DatabaseCatalog.find(profileType)
                .map(d -> d.urlTemplate().isPresent() && d.driverClass().isPresent()).orElse(false);
    }

    @Override
    public int priority() {
        return -100;
    }

    @Override
    public Adapter create(TargetConfig target, AdapterEnvironment env) {
        String type = target.type().trim().toLowerCase(Locale.ROOT);
        DatabaseDefinition definition = DatabaseCatalog.require(type);
        ProfileKeys keys = new ProfileKeys(target);
        GenericConnection connection = GenericConnection.from(definition, keys);
        keys.warnUnknownKeys();
        List<Path> jars;
        try {
            jars = locator.requireDriverJars(type);
        } catch (DvtException e) {
            throw new DvtException(e.code(), "Target '" + target.name() + "': " + e.getMessage(), e);
        }
        if (target.schema() == null) {
            throw new DvtException(ErrorCode.PROFILE, "Target '" + target.name() + "' (" + type + ") has no"
                    + " 'schema': add it to the output in profiles.yml");
        }
        Driver driver = loader.load(definition, jars, target.name());
        return new GenericJdbcAdapter(target, env, DialectRegistry.forType(type), driver, connection);
    }
}
