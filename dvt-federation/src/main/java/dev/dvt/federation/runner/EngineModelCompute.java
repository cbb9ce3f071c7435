package dev.dvt.federation.runner;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.BucketConfig;
import dev.dvt.federation.compute.ComputeEngine;
import dev.dvt.federation.compute.ComputeJob;
import dev.dvt.federation.compute.ComputeResult;
import dev.dvt.federation.compute.SparkCompute;
import dev.dvt.federation.compute.StagedInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a federated model's SQL on a {@link ComputeEngine} (embedded DuckDB or the Spark worker):
 * each staged input becomes a view over its Parquet files, the result a Parquet output.
 */
public final class EngineModelCompute implements ModelCompute {
    private final ComputeEngine engine;
    private final String modelUniqueId;

    public EngineModelCompute(ComputeEngine engine, String modelUniqueId) {
        this.engine = requireNonNull(engine, "engine is null");
        this.modelUniqueId = requireNonNull(modelUniqueId, "modelUniqueId is null");
    }

    @Override
    public Output run(String sql, Map<String, String> views, String output) {
        List<StagedInput> inputs = new ArrayList<>();
        views.forEach((view, location) -> inputs.add(new StagedInput(view, location)));
        ComputeResult result = engine.run(new ComputeJob(modelUniqueId, inputs, sql, output));
        return new Output(result.rowCount(), result.outputFiles());
    }

    @Override
    public boolean readsBucketUris(BucketConfig bucket) {
        return engine instanceof SparkCompute spark && spark.readsBucket(bucket);
    }

    /** Engines read one location per view: the file itself, or a glob over the parts of one directory. */
    public static String location(String view, List<Path> files) {
        if (files.isEmpty()) {
            throw new DvtException(ErrorCode.FEDERATION, "The staged data of view " + view + " has no part files");
        }
        if (files.size() == 1) {
            return files.get(0).toString();
        }
        Path dir = files.get(0).getParent();
        boolean sameDirectoryParts = files.stream()
                .allMatch(f -> f.getParent().equals(dir) && f.getFileName().toString().startsWith("part-"));
        if (files.isEmpty() || !sameDirectoryParts) {
            throw new DvtException(ErrorCode.FEDERATION, "The staged data of view " + view
                    + " is not one file or one directory of part files: " + files);
        }
        return dir.resolve("part-*.parquet").toString();
    }
}
