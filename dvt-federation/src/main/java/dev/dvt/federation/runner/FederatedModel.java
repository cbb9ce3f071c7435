package dev.dvt.federation.runner;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One federated model to run: its unique id, compiled SQL in the dialect of the model's target
 * ({@code sqlDialect}, an adapter type), its inputs, where to write it, and whether this is a full
 * refresh (re-extract every input, replace an incremental table).
 */
public record FederatedModel(String uniqueId, String compiledSql, String sqlDialect, List<FederatedInput> inputs,
        FederationTarget target, boolean fullRefresh) {
    public FederatedModel {
        requireNonNull(uniqueId, "uniqueId is null");
        requireNonNull(compiledSql, "compiledSql is null");
        requireNonNull(sqlDialect, "sqlDialect is null");
        inputs = List.copyOf(requireNonNull(inputs, "inputs is null"));
        requireNonNull(target, "target is null");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("a federated model needs at least one input");
        }
    }
}
