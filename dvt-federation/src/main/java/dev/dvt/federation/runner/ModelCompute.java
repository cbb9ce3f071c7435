package dev.dvt.federation.runner;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs a model's transpiled SQL over staged inputs, each registered as a view over its Parquet
 * files, and writes the result as Parquet files into {@code outputDirectory}. Implemented here by
 * {@link EngineModelCompute}, over the DuckDB or Spark compute engine.
 */
@FunctionalInterface
public interface ModelCompute {
    /** The result: rows written and the Parquet files holding them. */
    record Output(long rows, List<Path> files) {
        public Output {
            files = List.copyOf(files);
        }
    }

    /**
     * @param views view name to the Parquet files it reads, in the order the views were planned
     */
    Output run(String sql, Map<String, List<Path>> views, Path outputDirectory);
}
