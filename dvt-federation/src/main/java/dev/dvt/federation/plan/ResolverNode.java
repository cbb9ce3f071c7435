package dev.dvt.federation.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What the resolver needs to know about a manifest node. The kind comes from the unique id
 * prefix ({@code model.}, {@code source.}, {@code seed.}, {@code snapshot.}). Every configured
 * value is null when the node does not set it; for a source, {@link #target()} is its
 * {@code connection}.
 */
public interface ResolverNode {
    String uniqueId();

    String target();

    String compute();

    String bucket();

    String materialized();

    List<String> dependsOn();

    static ResolverNode of(String uniqueId, String target, String compute, String bucket,
            String materialized, List<String> dependsOn) {
        return new Simple(uniqueId, target, compute, bucket, materialized, dependsOn);
    }

    static ResolverNode source(String uniqueId, String connection) {
        return new Simple(uniqueId, connection, null, null, null, List.of());
    }

    /** A plain value implementation, for tests and simple adapters. */
    record Simple(String uniqueId, String target, String compute, String bucket,
            String materialized, List<String> dependsOn) implements ResolverNode {
        public Simple {
            requireNonNull(uniqueId, "uniqueId is null");
            dependsOn = List.copyOf(requireNonNull(dependsOn, "dependsOn is null"));
        }
    }
}
