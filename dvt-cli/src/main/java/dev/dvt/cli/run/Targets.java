package dev.dvt.cli.run;

import dev.dvt.compiler.jinja.DvtTemplateEngine;
import dev.dvt.compiler.runtime.MaterializationExecutor;
import dev.dvt.core.adapter.AdapterRegistry;
import dev.dvt.core.config.RuntimeConfig;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.spi.Adapter;
import dev.dvt.spi.AdapterEnvironment;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One adapter and materialization executor per target, opened on first use and closed together. */
public final class Targets implements AutoCloseable {
    private final RuntimeConfig config;
    private final DvtTemplateEngine engine;
    private final Map<String, Adapter> adapters = new ConcurrentHashMap<>();
    private final Map<String, MaterializationExecutor> executors = new ConcurrentHashMap<>();

    public Targets(RuntimeConfig config, DvtTemplateEngine engine) {
        this.config = config;
        this.engine = engine;
    }

    public String defaultTarget() {
        return config.target().name();
    }

    public Adapter adapter(String target) {
        return adapters.computeIfAbsent(target, name -> {
            // Only this output is rendered (an unknown name is a profile error naming the outputs):
            // unused outputs may need env vars that are not set, as in dbt.
            TargetConfig targetConfig = config.profiles().target(name);
            return AdapterRegistry.create(targetConfig, new AdapterEnvironment(config.projectRoot(), config.threads(),
                    config.project().quoting()));
        });
    }

    public MaterializationExecutor executor(String target) {
        return executors.computeIfAbsent(target, name -> new MaterializationExecutor(engine, adapter(name)));
    }

    /** Ctrl-C: stop what every target is running. */
    public void cancelAll() {
        adapters.values().forEach(Adapter::cancelRunningQueries);
    }

    /** Logs, per target, the time its statements took (dvt.log; the build benchmark reads it). */
    public void logDatabaseTime() {
        adapters.forEach((name, adapter) -> dev.dvt.core.events.Events.debug("DatabaseTime",
                String.format(java.util.Locale.ROOT, "Database time on target %s: %.3f s", name, adapter.statementNanos() / 1e9)));
    }

    @Override
    public void close() {
        adapters.values().forEach(Adapter::close);
        adapters.clear();
    }
}
