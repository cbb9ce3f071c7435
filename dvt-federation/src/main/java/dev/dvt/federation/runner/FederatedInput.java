package dev.dvt.federation.runner;

import static java.util.Objects.requireNonNull;

import dev.dvt.federation.plan.InputRelation;
import dev.dvt.spi.ConnectionSource;

/**
 * One relation a federated model reads and how to reach its database. The relation's columns may
 * be empty: the runner reads the real ones from the source.
 */
public record FederatedInput(InputRelation relation, ConnectionSource connection) {
    public FederatedInput {
        requireNonNull(relation, "relation is null");
        requireNonNull(connection, "connection is null");
    }
}
