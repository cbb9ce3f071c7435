package dev.dvt.federation.compute;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;

/**
 * What a compute job wrote. Only metadata: the rows stay in the Parquet files.
 *
 * @param rowCount rows in the output
 * @param outputFiles the Parquet files written (one for DuckDB, the part files for Spark), as
 *     paths or URIs the engine reported
 * @param columns the output columns in order
 * @param elapsed wall time of the job, including view registration and reading the result's
 *     metadata, excluding the engine's start-up
 * @param engine {@code duckdb} or {@code spark}
 */
public record ComputeResult(long rowCount, List<String> outputFiles, List<ResultColumn> columns, Duration elapsed,
        String engine) {
    public ComputeResult {
        outputFiles = List.copyOf(requireNonNull(outputFiles, "outputFiles is null"));
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        requireNonNull(elapsed, "elapsed is null");
        requireNonNull(engine, "engine is null");
    }

    public List<String> columnNames() {
        return columns.stream().map(ResultColumn::name).toList();
    }
}
