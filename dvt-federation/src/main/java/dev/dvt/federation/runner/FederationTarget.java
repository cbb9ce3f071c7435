package dev.dvt.federation.runner;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.dialect.IncrementalStrategy;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.spi.ConnectionSource;
import java.util.List;
import java.util.Optional;

/**
 * Where a federated model is written: the target's adapter type and connection, the table, and,
 * for an incremental model, its strategy, unique key and partition columns.
 */
public record FederationTarget(String adapterType, ConnectionSource connection, RelationName table,
        Optional<IncrementalStrategy> incremental, List<String> uniqueKey, List<String> partitionBy) {
    public FederationTarget {
        requireNonNull(adapterType, "adapterType is null");
        requireNonNull(connection, "connection is null");
        requireNonNull(table, "table is null");
        requireNonNull(incremental, "incremental is null");
        uniqueKey = List.copyOf(requireNonNull(uniqueKey, "uniqueKey is null"));
        partitionBy = List.copyOf(requireNonNull(partitionBy, "partitionBy is null"));
    }

    /** A table materialization. */
    public static FederationTarget table(String adapterType, ConnectionSource connection, RelationName table) {
        return new FederationTarget(adapterType, connection, table, Optional.empty(), List.of(), List.of());
    }

    public FederationTarget incremental(IncrementalStrategy strategy, List<String> key) {
        return new FederationTarget(adapterType, connection, table, Optional.of(strategy), key, partitionBy);
    }
}
