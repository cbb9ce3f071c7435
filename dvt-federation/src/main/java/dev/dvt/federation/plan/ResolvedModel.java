package dev.dvt.federation.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.SortedSet;

/**
 * The resolver's decision for one model. {@code compute} and {@code bucket} are null unless the
 * path is federation. {@code materialization} is what will be built; it differs from
 * {@code configuredMaterialization} only when federation coerced it (warning DVT001).
 */
public record ResolvedModel(String uniqueId, String target, SortedSet<String> upstreamTargets,
        ExecutionPath path, String compute, String bucket, String configuredMaterialization,
        String materialization, List<DvtWarning> warnings) {
    public ResolvedModel {
        requireNonNull(uniqueId, "uniqueId is null");
        requireNonNull(target, "target is null");
        requireNonNull(upstreamTargets, "upstreamTargets is null");
        requireNonNull(path, "path is null");
        requireNonNull(configuredMaterialization, "configuredMaterialization is null");
        requireNonNull(materialization, "materialization is null");
        upstreamTargets = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(upstreamTargets));
        warnings = List.copyOf(requireNonNull(warnings, "warnings is null"));
    }

    public boolean coerced() {
        return !configuredMaterialization.equals(materialization);
    }

    public boolean federated() {
        return path == ExecutionPath.FEDERATION;
    }
}
