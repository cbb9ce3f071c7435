package dev.dvt.cli.run;

import dev.dvt.artifacts.manifest.SeedNode;
import dev.dvt.artifacts.results.NodeStatus;
import dev.dvt.compiler.runtime.ExecutionFlags;
import dev.dvt.core.DvtException;
import dev.dvt.core.config.ComputeConfig;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.core.events.Events;
import dev.dvt.core.seed.SeedFormat;
import dev.dvt.core.seed.SeedOptions;
import dev.dvt.core.task.NodeOutcome;
import dev.dvt.federation.compute.InputFormat;
import dev.dvt.federation.plan.ResolvedSeed;
import dev.dvt.federation.runner.FederationTarget;
import dev.dvt.federation.seed.ComputeSeedLoader;
import dev.dvt.federation.seed.SeedComputes;
import dev.dvt.federation.seed.SeedFiles;
import dev.dvt.federation.seed.SeedJob;
import dev.dvt.federation.seed.SeedLoadResult;
import dev.dvt.spi.Adapter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the seeds that are not CSV files (Parquet, JSON, ORC): the seed's compute reads the file
 * into the staging bucket as Parquet and the target's bulk loader loads it, with the compute
 * engines the run's federated models use.
 */
final class ComputeSeeds {
    private final Federation federation;

    ComputeSeeds(Federation federation) {
        this.federation = federation;
    }

    NodeOutcome run(SeedNode seed, Path file, SeedFormat format, ResolvedSeed resolved, Adapter target,
            ExecutionFlags flags) {
        Instant started = Instant.now();
        InputFormat input = SeedFiles.inputFormat(file, format);
        ComputeConfig compute = federation.computes().compute(resolved.compute());
        SeedComputes.requireReadable(seed.getOriginalFilePath(), input, compute, federation.computes());
        Events.debug("ComputeSeed", seed.getUniqueId() + ": reading " + format.displayName() + " file "
                + seed.getOriginalFilePath() + " with compute '" + compute.name() + "', staged in bucket '"
                + resolved.bucket() + "'");

        String database = target.dialect().supportsCatalogs() ? seed.getDatabase() : null;
        RelationName table = new RelationName(database, seed.getSchema(), seed.getAlias());
        target.createSchema(database, seed.getSchema());
        SeedOptions options = SeedOptions.fromConfig(null, seed.getConfig().get("column_types"), null);
        SeedJob job = new SeedJob(seed.getUniqueId(), file, input,
                FederationTarget.table(target.type(), target.connectionSource(), table), options.columnTypes(),
                flags.fullRefresh(), flags.empty());
        SeedLoadResult result;
        try {
            result = new ComputeSeedLoader(federation.bucket(resolved.bucket()), federation.engine(compute.name()),
                    federation.connectors(), compute.jdbcLoad()).load(job);
        } catch (DvtException e) {
            throw new DvtException(e.code(), "Seed " + seed.getOriginalFilePath() + " (compute '" + compute.name()
                    + "'): " + e.getMessage(), e);
        } finally {
            target.clearCache();
        }
        Instant finished = Instant.now();
        String message = "INSERT " + result.rows();
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("_message", message);
        response.put("code", "INSERT");
        response.put("rows_affected", result.rows());
        response.put("compute", compute.name());
        response.put("load_method", result.loadMethod());
        return new NodeOutcome(seed.getUniqueId(), NodeStatus.SUCCESS, message, null, response, started, started,
                started, finished, null, seed.getRelationName(), null);
    }
}
