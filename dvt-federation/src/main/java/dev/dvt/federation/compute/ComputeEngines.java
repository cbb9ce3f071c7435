package dev.dvt.federation.compute;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.config.ComputeConfig;

/** Opens the engine of a computes.yml entry. */
public final class ComputeEngines {
    private ComputeEngines() {
    }

    /**
     * The engine for a compute. Nothing heavy starts here: DuckDB opens its database and Spark
     * its worker JVM on the first job. A Spark compute is checked now, so a missing `dvt sync`
     * fails before any data moves.
     *
     * @throws dev.dvt.core.DvtException (FEDERATION) when a Spark compute has no version, is not
     *     installed, or names an unsupported master
     */
    public static ComputeEngine open(ComputeConfig config, ComputeContext context) {
        requireNonNull(config, "config is null");
        requireNonNull(context, "context is null");
        if (config instanceof ComputeConfig.Spark spark) {
            return new SparkCompute(spark, context);
        }
        return new DuckDbCompute((ComputeConfig.DuckDb) config);
    }
}
