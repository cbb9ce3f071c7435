package dev.dvt.federation.runner;

import dev.dvt.core.config.BucketConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs a model's transpiled SQL over staged inputs, each registered as a view over its Parquet
 * files, and writes the result as Parquet files at {@code output}. Implemented here by
 * {@link EngineModelCompute}, over the DuckDB or Spark compute engine.
 */
public interface ModelCompute {
    /** The result: rows written and the Parquet files holding them (paths or URIs). */
    record Output(long rows, List<String> files) {
        public Output {
            files = List.copyOf(files);
        }
    }

    /**
     * @param views view name to the location it reads (a local file, a glob of part files, or a
     *     bucket URI), in the order the views were planned
     * @param output a local path, or a bucket URI when {@link #readsBucketUris} said yes
     */
    Output run(String sql, Map<String, String> views, String output);

    /** Whether the engine reads and writes this cloud bucket's URIs itself (Spark with its connector). */
    default boolean readsBucketUris(BucketConfig bucket) {
        return false;
    }
}
