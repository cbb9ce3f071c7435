package dev.dvt.core.config;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.yaml.SecretKeys;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One compute engine of computes.yml, where federated models run. */
public sealed interface ComputeConfig permits ComputeConfig.Spark, ComputeConfig.DuckDb {
    String name();

    /** {@code spark} or {@code duckdb}, as written in computes.yml. */
    String type();

    /** How sources are read over JDBC (done in the dvt JVM, whatever the engine). */
    JdbcExtraction jdbcExtraction();

    /** How results are written over JDBC when no bulk path applies. */
    JdbcLoad jdbcLoad();

    /** {@code jdbc_extraction}: parallel readers over a numeric key range, and fetch size. */
    record JdbcExtraction(int numPartitions, int fetchSize) {
        public static final JdbcExtraction DEFAULT = new JdbcExtraction(8, 10_000);
    }

    /** {@code jdbc_load}: parallel writers and batch size. */
    record JdbcLoad(int numPartitions, int batchSize) {
        /**
         * One writer per core, at most four: each writer is a DuckDB thread in the dvt JVM, and
         * more writers than cores only make them and the database compete (on 2 cores, two
         * streams loaded 5 M rows faster than four).
         */
        public static final int DEFAULT_PARTITIONS = Math.min(4, Runtime.getRuntime().availableProcessors());
        public static final JdbcLoad DEFAULT = new JdbcLoad(DEFAULT_PARTITIONS, 10_000);
    }

    /**
     * A Spark engine, run in a child JVM with the jars {@code dvt sync} installed for
     * {@code version}.
     *
     * @param version Spark version to sync and run, or null when not set
     * @param master Spark master, {@code local[*]} by default
     * @param config Spark settings passed as {@code --conf}, values as text
     */
    record Spark(String name, String version, String master, Map<String, String> config,
            JdbcExtraction jdbcExtraction, JdbcLoad jdbcLoad) implements ComputeConfig {
        public static final String DEFAULT_MASTER = "local[*]";

        public Spark {
            requireNonNull(name, "name is null");
            requireNonNull(master, "master is null");
            config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
            requireNonNull(jdbcExtraction, "jdbcExtraction is null");
            requireNonNull(jdbcLoad, "jdbcLoad is null");
        }

        @Override
        public String type() {
            return "spark";
        }

        @Override
        public String toString() {
            return "Spark[name=" + name + ", version=" + version + ", master=" + master
                    + ", config=" + SecretKeys.masked(config) + ", jdbcExtraction="
                    + jdbcExtraction + ", jdbcLoad=" + jdbcLoad + "]";
        }
    }

    /**
     * Embedded, in-process DuckDB. Null settings keep DuckDB's own defaults.
     *
     * @param memoryLimit e.g. {@code 4GB} or {@code 50%}
     * @param threads worker threads
     * @param tempDirectory where DuckDB spills
     */
    record DuckDb(String name, String memoryLimit, Integer threads, String tempDirectory,
            JdbcExtraction jdbcExtraction, JdbcLoad jdbcLoad) implements ComputeConfig {
        public DuckDb {
            requireNonNull(name, "name is null");
            requireNonNull(jdbcExtraction, "jdbcExtraction is null");
            requireNonNull(jdbcLoad, "jdbcLoad is null");
        }

        @Override
        public String type() {
            return "duckdb";
        }
    }
}
