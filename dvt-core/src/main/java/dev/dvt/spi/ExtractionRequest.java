package dev.dvt.spi;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.dialect.SqlDialect;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One extraction: run {@code sql} (in the source's dialect) and write its rows as
 * {@code <outputDirectory>/<filePrefix>-<n>.parquet}.
 *
 * @param fetchSize rows per round trip for row-by-row JDBC reads
 * @param numPartitions parallel readers for a partitioned read, 1 for none
 * @param partitionColumn a numeric, non-null column of the query's result to split the reads
 *     over; empty when the rows cannot be partitioned (no such key, or a LIMIT)
 */
public record ExtractionRequest(ConnectionSource source, SqlDialect dialect, String sql, Path outputDirectory,
        String filePrefix, int fetchSize, int numPartitions, Optional<String> partitionColumn) {
    public ExtractionRequest {
        requireNonNull(source, "source is null");
        requireNonNull(dialect, "dialect is null");
        requireNonNull(sql, "sql is null");
        requireNonNull(outputDirectory, "outputDirectory is null");
        requireNonNull(filePrefix, "filePrefix is null");
        requireNonNull(partitionColumn, "partitionColumn is null");
        if (fetchSize <= 0 || numPartitions <= 0) {
            throw new IllegalArgumentException("fetchSize and numPartitions must be positive");
        }
    }

    /** A single-reader request for {@code sql} into {@code <dir>/part-0.parquet}. */
    public static ExtractionRequest simple(ConnectionSource source, SqlDialect dialect, String sql, Path dir) {
        return new ExtractionRequest(source, dialect, sql, dir, "part", 10_000, 1, Optional.empty());
    }

    public Path file(int index) {
        return outputDirectory.resolve(filePrefix + "-" + index + ".parquet");
    }
}
