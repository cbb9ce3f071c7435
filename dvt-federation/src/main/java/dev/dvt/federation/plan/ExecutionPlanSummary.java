package dev.dvt.federation.plan;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts over resolved models, for the run's "Execution plan" log line. Models on the default
 * target count as pushdown, as in the original's line.
 */
public record ExecutionPlanSummary(int total, int pushdown, int federation,
        SortedMap<String, Integer> byTarget, List<String> coercedModels) {
    public ExecutionPlanSummary {
        requireNonNull(byTarget, "byTarget is null");
        byTarget = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byTarget));
        coercedModels = List.copyOf(requireNonNull(coercedModels, "coercedModels is null"));
    }

    public static ExecutionPlanSummary of(Collection<ResolvedModel> models) {
        int federation = 0;
        SortedMap<String, Integer> byTarget = new TreeMap<>();
        for (ResolvedModel model : models) {
            if (model.federated()) {
                federation++;
            }
            byTarget.merge(model.target(), 1, Integer::sum);
        }
        List<String> coerced = models.stream().filter(ResolvedModel::coerced)
                .map(ResolvedModel::uniqueId).toList();
        return new ExecutionPlanSummary(models.size(), models.size() - federation, federation,
                byTarget, coerced);
    }

    /** {@code Execution plan: 2 models via pushdown, 1 models via federation}. */
    public String logLine() {
        return "Execution plan: " + pushdown + " models via pushdown, " + federation
                + " models via federation";
    }
}
