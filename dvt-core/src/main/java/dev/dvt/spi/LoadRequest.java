package dev.dvt.spi;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.bulk.CloudLocation;
import dev.dvt.core.config.BucketConfig;
import dev.dvt.core.dialect.IncrementalStrategy;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.core.dialect.SqlDialect;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Write the rows of {@code parquetFiles} into {@code table}.
 *
 * <p>Without an incremental strategy the table is replaced: rows go into {@code <table>__dvt_tmp},
 * which then takes the table's place. With one, rows go into {@code _dvt_staging_<table>} and are
 * appended, merged on {@code uniqueKey}, deleted and inserted, or overwrite the partitions named by
 * {@code partitionBy}; a missing table or a full refresh replaces the table instead.
 *
 * @param batchSize rows per batch where rows are inserted in batches
 * @param numPartitions connections that may insert at once, each taking a share of the files
 * @param columnTypes column name (matched case-insensitively) to a type in the target's own words,
 *     replacing the type mapped from Parquet when the loader creates a table: a seed's
 *     {@code column_types}
 * @param bucketCopy the same files in a cloud staging bucket, for warehouses that load from there
 */
public record LoadRequest(ConnectionSource target, SqlDialect dialect, RelationName table, List<Path> parquetFiles,
        Optional<IncrementalStrategy> incremental, List<String> uniqueKey, List<String> partitionBy,
        boolean fullRefresh, int batchSize, int numPartitions, Map<String, String> columnTypes,
        Optional<BucketCopy> bucketCopy) {
    /**
     * The same Parquet files as {@code parquetFiles}, also stored in a cloud staging bucket, for
     * warehouses that load straight from the bucket ({@link TableLoader#readsFromBucket}).
     *
     * @param directoryKey the object key of the directory holding only the result's Parquet files
     */
    public record BucketCopy(BucketConfig bucket, CloudLocation location, String directoryKey) {
        public BucketCopy {
            requireNonNull(bucket, "bucket is null");
            requireNonNull(location, "location is null");
            requireNonNull(directoryKey, "directoryKey is null");
        }
    }

    public LoadRequest {
        requireNonNull(target, "target is null");
        requireNonNull(dialect, "dialect is null");
        requireNonNull(table, "table is null");
        parquetFiles = List.copyOf(requireNonNull(parquetFiles, "parquetFiles is null"));
        requireNonNull(incremental, "incremental is null");
        uniqueKey = List.copyOf(requireNonNull(uniqueKey, "uniqueKey is null"));
        partitionBy = List.copyOf(requireNonNull(partitionBy, "partitionBy is null"));
        columnTypes = Map.copyOf(requireNonNull(columnTypes, "columnTypes is null"));
        requireNonNull(bucketCopy, "bucketCopy is null");
        if (parquetFiles.isEmpty()) {
            throw new IllegalArgumentException("no Parquet files to load");
        }
        if (batchSize <= 0 || numPartitions <= 0) {
            throw new IllegalArgumentException("batchSize and numPartitions must be positive");
        }
    }

    /** Replace {@code table} with the rows of the files, on one connection. */
    public static LoadRequest table(ConnectionSource target, SqlDialect dialect, RelationName table,
            List<Path> parquetFiles) {
        return new LoadRequest(target, dialect, table, parquetFiles, Optional.empty(), List.of(), List.of(), false,
                10_000, 1, Map.of(), Optional.empty());
    }

    public LoadRequest withIncremental(IncrementalStrategy strategy, List<String> key) {
        return new LoadRequest(target, dialect, table, parquetFiles, Optional.of(strategy), key, partitionBy,
                fullRefresh, batchSize, numPartitions, columnTypes, bucketCopy);
    }

    public LoadRequest withFullRefresh(boolean refresh) {
        return new LoadRequest(target, dialect, table, parquetFiles, incremental, uniqueKey, partitionBy, refresh,
                batchSize, numPartitions, columnTypes, bucketCopy);
    }

    public LoadRequest withBatchSize(int size) {
        return new LoadRequest(target, dialect, table, parquetFiles, incremental, uniqueKey, partitionBy,
                fullRefresh, size, numPartitions, columnTypes, bucketCopy);
    }

    public LoadRequest withPartitionBy(List<String> columns) {
        return new LoadRequest(target, dialect, table, parquetFiles, incremental, uniqueKey, columns, fullRefresh,
                batchSize, numPartitions, columnTypes, bucketCopy);
    }

    public LoadRequest withNumPartitions(int partitions) {
        return new LoadRequest(target, dialect, table, parquetFiles, incremental, uniqueKey, partitionBy, fullRefresh,
                batchSize, partitions, columnTypes, bucketCopy);
    }

    public LoadRequest withColumnTypes(Map<String, String> types) {
        return new LoadRequest(target, dialect, table, parquetFiles, incremental, uniqueKey, partitionBy, fullRefresh,
                batchSize, numPartitions, types, bucketCopy);
    }

    /** The same load of other files: one connection's share when several insert at once. */
    public LoadRequest withParquetFiles(List<Path> files) {
        return new LoadRequest(target, dialect, table, files, incremental, uniqueKey, partitionBy, fullRefresh,
                batchSize, numPartitions, columnTypes, bucketCopy);
    }

    /** Tells the loader the files are also in a cloud bucket. */
    public LoadRequest withBucketCopy(BucketCopy copy) {
        return new LoadRequest(target, dialect, table, parquetFiles, incremental, uniqueKey, partitionBy, fullRefresh,
                batchSize, numPartitions, columnTypes, Optional.of(copy));
    }

    /** The {@code columnTypes} entry for a column, matched case-insensitively; null when there is none. */
    public String columnTypeOf(String column) {
        for (Map.Entry<String, String> entry : columnTypes.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(column)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
