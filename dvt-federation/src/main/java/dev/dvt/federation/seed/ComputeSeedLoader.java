package dev.dvt.federation.seed;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.bulk.FederationConnectors;
import dev.dvt.core.config.ComputeConfig;
import dev.dvt.core.dialect.DialectRegistry;
import dev.dvt.core.dialect.IncrementalStrategy;
import dev.dvt.core.dialect.SqlDialect;
import dev.dvt.core.events.Events;
import dev.dvt.federation.compute.ComputeEngine;
import dev.dvt.federation.compute.ComputeJob;
import dev.dvt.federation.compute.ComputeResult;
import dev.dvt.federation.compute.InputFormat;
import dev.dvt.federation.compute.StagedInput;
import dev.dvt.federation.runner.FederationTarget;
import dev.dvt.federation.staging.StagingBucket;
import dev.dvt.spi.LoadRequest;
import dev.dvt.spi.LoadResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a Parquet, JSON or ORC seed the way federation loads a model: the compute reads the file
 * and writes it into the staging bucket as Parquet, and the target's bulk loader loads that.
 * As for CSV seeds, an existing table with the same columns is emptied and refilled (keeping its
 * column types), and anything else, or {@code --full-refresh}, drops and recreates it. Either way
 * the load happens in a staging table first, so a failure leaves the target table as it was.
 */
public final class ComputeSeedLoader {
    static final String VIEW = "_dvt_seed";

    private final StagingBucket bucket;
    private final ComputeEngine engine;
    private final FederationConnectors connectors;
    private final int batchSize;
    private final int numPartitions;

    /** @param load batch size and loading connections, from the compute's jdbc_load */
    public ComputeSeedLoader(StagingBucket bucket, ComputeEngine engine, FederationConnectors connectors,
            ComputeConfig.JdbcLoad load) {
        this.bucket = requireNonNull(bucket, "bucket is null");
        this.engine = requireNonNull(engine, "engine is null");
        this.connectors = requireNonNull(connectors, "connectors is null");
        this.batchSize = load.batchSize();
        this.numPartitions = load.numPartitions();
    }

    public SeedLoadResult load(SeedJob job) {
        bucket.ensureWritable();
        Path results = bucket.newResultDirectory(job.uniqueId());
        try {
            ComputeResult staged = engine.run(new ComputeJob(job.uniqueId(),
                    List.of(new StagedInput(VIEW, job.file().toAbsolutePath().toString(), job.format())),
                    stagingSql(job, engine.engineName()), results.resolve("result").toString()));
            FederationTarget target = job.target();
            SqlDialect dialect = DialectRegistry.forType(target.adapterType());
            Map<String, String> types = matchColumnTypes(job, staged.columnNames());
            boolean refill = !job.fullRefresh() && sameColumns(existingColumns(target, dialect), staged.columnNames());
            LoadRequest request = new LoadRequest(target.connection(), dialect, target.table(),
                    staged.outputFiles().stream().map(Path::of).toList(), Optional.empty(), List.of(), List.of(),
                    job.fullRefresh(), batchSize, numPartitions, types, Optional.empty());
            if (refill) {
                // insert_overwrite without partition columns: DELETE and INSERT in one transaction
                request = request.withIncremental(IncrementalStrategy.INSERT_OVERWRITE, List.of());
            }
            LoadResult loaded;
            try {
                loaded = connectors.forType(target.adapterType()).loader().load(request);
            } catch (DvtException e) {
                if (!refill) {
                    throw e;
                }
                throw new DvtException(e.code(), e.getMessage() + ". The table keeps its column types when refilled;"
                        + " if the file's values no longer fit them, run with --full-refresh to recreate it", e);
            }
            return new SeedLoadResult(loaded.rows(), loaded.method(), !refill, engine.engineName());
        } finally {
            StagingBucket.deleteTree(results);
        }
    }

    /** What the compute stages: every column, in file order (Spark sorts JSON columns unless told). */
    static String stagingSql(SeedJob job, String engineName) {
        String columns = "*";
        boolean json = job.format() == InputFormat.JSON_LINES || job.format() == InputFormat.JSON_ARRAY;
        if (json && engineName.equals("spark")) {
            List<String> keys = JsonSeedColumns.of(job.file());
            if (!keys.isEmpty()) {
                columns = String.join(", ", keys.stream().map(k -> "`" + k.replace("`", "``") + "`").toList());
            }
        }
        return "SELECT " + columns + " FROM " + VIEW + (job.empty() ? " LIMIT 0" : "");
    }

    /** The seed's column_types keyed by the file's spelling; entries for absent columns warn (DVT010). */
    static Map<String, String> matchColumnTypes(SeedJob job, List<String> columns) {
        Map<String, String> matched = new LinkedHashMap<>();
        job.columnTypes().forEach((name, type) -> {
            Optional<String> column = columns.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst();
            if (column.isPresent()) {
                matched.put(column.get(), type);
            } else {
                Events.warn("DVT010", "[DVT010] Seed " + job.file().getFileName() + ": column_types names column '"
                        + name + "', which is not in the file (columns: " + String.join(", ", columns)
                        + "); the entry is ignored");
            }
        });
        return matched;
    }

    static boolean sameColumns(Optional<List<String>> existing, List<String> staged) {
        return existing.isPresent() && lower(existing.get()).equals(lower(staged));
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    /** The target table's columns in order, or empty when it does not exist. */
    private static Optional<List<String>> existingColumns(FederationTarget target, SqlDialect dialect) {
        try (Connection c = target.connection().open()) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT * FROM " + dialect.render(target.table()) + " WHERE 1 = 0")) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    names.add(meta.getColumnLabel(i));
                }
                return Optional.of(names);
            } catch (SQLException missing) {
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new DvtException(ErrorCode.CONNECTION, "Cannot connect to the " + target.adapterType()
                    + " target of the seed: " + e.getMessage(), e);
        }
    }
}
