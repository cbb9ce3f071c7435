package dev.dvt.federation.compute;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a compute engine runs for one federated model.
 *
 * @param modelUniqueId the model, named in errors
 * @param inputs the staged inputs, each registered as a view before the SQL runs
 * @param sql the model's SQL already transpiled to the engine's dialect
 * @param output where the result is written: a Parquet file (DuckDB) or a Parquet directory
 *     (Spark); what was there is replaced
 */
public record ComputeJob(String modelUniqueId, List<StagedInput> inputs, String sql, String output) {
    public ComputeJob {
        requireNonNull(modelUniqueId, "modelUniqueId is null");
        inputs = List.copyOf(requireNonNull(inputs, "inputs is null"));
        requireNonNull(sql, "sql is null");
        requireNonNull(output, "output is null");
    }
}
