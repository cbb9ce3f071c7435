package dev.dvt.federation.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The plan of one federated model: a {@link SourcePlan} per input, in input order.
 * {@code analysed} is false when the SQL could not be analysed; every input is then read in full
 * and {@code warnings} says why.
 */
public record FederationPlan(String modelUniqueId, String modelSql, boolean analysed, List<SourcePlan> sources,
        List<DvtWarning> warnings) {
    public FederationPlan {
        requireNonNull(modelUniqueId, "modelUniqueId is null");
        requireNonNull(modelSql, "modelSql is null");
        sources = List.copyOf(requireNonNull(sources, "sources is null"));
        warnings = List.copyOf(requireNonNull(warnings, "warnings is null"));
    }

    public Optional<SourcePlan> source(String key) {
        return sources.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
