package dev.dvt.spi;

import static java.util.Objects.requireNonNull;

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
 * <p>{@code columnTypes} (column name, matched case-insensitively, to a type in the target's own
 * words) replaces the type mapped from Parquet when the loader creates a table: a seed's
 * {@code column_types}.
 */
public record LoadRequest(ConnectionSource target, SqlDialect dialect, RelationName table, List<Path> parquetFiles,
        Optional<IncrementalStrategy> incremental, List<String> uniqueKey, List<String> partitionBy,
        boolean fullRefresh, int batchSize, Map<String, String> columnTypes) {
    public LoadRequest {
        requireNonNull(target, "target is null");
        requireNonNull(dialect, "dialect is null");
        requireNonNull(table, "table is null");
        parquetFiles = List.copyOf(requireNonNull(parquetFiles, "parquetFiles is null"));
        requireNonNull(incremental, "incremental is null");
        uniqueKey = List.copyOf(requireNonNull(uniqueKey, "uniqueKey is null"));
        partitionBy = List.copyOf(requireNonNull(partitionBy, "partitionBy is null"));
        columnTypes = Map.copyOf(requireNonNull(columnTypes, "columnTypes is null"));
        if (parquetFiles.isEmpty()) {
            throw new IllegalArgumentException("no Parquet files to load");
        }
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
    }

    /** Replace {@code table} with the rows of the files. */
    public static LoadRequest table(ConnectionSource target, SqlDialect dialect, RelationName table,
            List<Path> parquetFiles) {
        return new LoadRequest(target, dialect, table, parquetFiles, Optional.empty(), List.of(), List.of(), false,
                10_000, Map.of());
    }

    public LoadRequest withIncremental(IncrementalStrategy strategy, List<String> key) {
        return new LoadRequest(target, dialect, table, parquetFiles, Optional.of(strategy), key, partitionBy,
                fullRefresh, batchSize, columnTypes);
    }

    public LoadRequest withFullRefresh(boolean refresh) {
        return new LoadRequest(target, dialect, table, parquetFiles, incremental, uniqueKey, partitionBy, refresh,
                batchSize, columnTypes);
    }

    public LoadRequest withBatchSize(int size) {
        return new LoadRequest(target, dialect, table, parquetFiles, incremental, uniqueKey, partitionBy,
                fullRefresh, size, columnTypes);
    }

    public LoadRequest withColumnTypes(Map<String, String> types) {
        return new LoadRequest(target, dialect, table, parquetFiles, incremental, uniqueKey, partitionBy, fullRefresh,
                batchSize, types);
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

    public LoadRequest withPartitionBy(List<String> columns) {
        return new LoadRequest(target, dialect, table, parquetFiles, incremental, uniqueKey, columns, fullRefresh,
                batchSize, columnTypes);
    }
}
