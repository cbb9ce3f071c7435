package dev.dvt.federation.runner;

import static dev.dvt.core.bulk.EmbeddedDuckDb.literal;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.bulk.EmbeddedDuckDb;
import dev.dvt.core.bulk.ParquetFiles;
import dev.dvt.core.config.ComputeConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The {@code type: duckdb} compute: an in-memory DuckDB in the dvt JVM with the compute's
 * {@code memory_limit}, {@code threads} and {@code temp_directory}, views over the staged Parquet
 * and {@code COPY (<sql>) TO '<dir>/part-0.parquet'}.
 */
public final class EmbeddedDuckDbCompute implements ModelCompute {
    private final ComputeConfig.DuckDb config;

    public EmbeddedDuckDbCompute(ComputeConfig.DuckDb config) {
        this.config = config;
    }

    @Override
    public Output run(String sql, Map<String, List<Path>> views, Path outputDirectory) {
        Path part = outputDirectory.resolve("part-0.parquet");
        try (Connection duck = EmbeddedDuckDb.open(); Statement s = duck.createStatement()) {
            if (config != null && config.memoryLimit() != null) {
                s.execute("SET memory_limit = " + literal(config.memoryLimit()));
            }
            if (config != null && config.threads() != null) {
                s.execute("SET threads = " + config.threads());
            }
            if (config != null && config.tempDirectory() != null) {
                s.execute("SET temp_directory = " + literal(config.tempDirectory()));
            }
            for (Map.Entry<String, List<Path>> view : views.entrySet()) {
                s.execute("CREATE VIEW " + EmbeddedDuckDb.identifier(view.getKey()) + " AS SELECT * FROM "
                        + ParquetFiles.scan(view.getValue()));
            }
            long rows = s.executeUpdate("COPY (" + sql + ") TO " + literal(part.toString())
                    + " (FORMAT parquet, COMPRESSION zstd)");
            return new Output(rows, List.of(part));
        } catch (SQLException e) {
            throw new DvtException(ErrorCode.FEDERATION, "The DuckDB compute failed: " + e.getMessage()
                    + ". SQL: " + sql, e);
        }
    }
}
