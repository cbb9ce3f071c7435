package dev.dvt.federation.state;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * What DVT remembers about the last extraction of one source into a bucket, stored as
 * {@code <bucket>/_state/<sourceUniqueId>.state.json}. The query fingerprint ties the staged
 * data to the exact extraction query, so staging is never reused for different predicates.
 */
public record SourceState(
        String sourceUniqueId,
        String table,
        String schemaHash,
        long rowCount,
        List<ColumnInfo> columns,
        List<String> pkColumns,
        Instant extractedAt,
        String extractionMethod,
        String queryFingerprint,
        String stagingFile,
        List<StagedObject> objects) {

    /**
     * One object of the staged dataset in a cloud bucket, as uploaded: readers trust the dataset
     * only while every listed object still has this size and ETag, so a dataset being replaced
     * is never read half old, half new.
     */
    public record StagedObject(String name, long size, String etag) {
        public StagedObject {
            requireNonNull(name, "name is null");
            requireNonNull(etag, "etag is null");
        }
    }

    /** State of a filesystem bucket, where the directory rename publishes atomically. */
    public SourceState(String sourceUniqueId, String table, String schemaHash, long rowCount, List<ColumnInfo> columns,
            List<String> pkColumns, Instant extractedAt, String extractionMethod, String queryFingerprint,
            String stagingFile) {
        this(sourceUniqueId, table, schemaHash, rowCount, columns, pkColumns, extractedAt, extractionMethod,
                queryFingerprint, stagingFile, List.of());
    }

    public SourceState {
        requireNonNull(sourceUniqueId, "sourceUniqueId is null");
        requireNonNull(table, "table is null");
        requireNonNull(schemaHash, "schemaHash is null");
        requireNonNull(extractedAt, "extractedAt is null");
        requireNonNull(extractionMethod, "extractionMethod is null");
        requireNonNull(queryFingerprint, "queryFingerprint is null");
        requireNonNull(stagingFile, "stagingFile is null");
        if (rowCount < 0) {
            throw new IllegalArgumentException("rowCount is negative: " + rowCount);
        }
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        pkColumns = List.copyOf(requireNonNull(pkColumns, "pkColumns is null"));
        objects = objects == null ? List.of() : List.copyOf(objects);
    }
}
