package dev.dvt.core.select;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The source freshness results of one {@code sources.json}.
 *
 * @param maxLoadedAt source unique id to its {@code max_loaded_at}, for sources that were checked
 * @param errored source unique ids whose freshness check failed with a runtime error
 */
public record FreshnessSnapshot(Map<String, Instant> maxLoadedAt, Set<String> errored) {
    public FreshnessSnapshot {
        maxLoadedAt = Map.copyOf(requireNonNull(maxLoadedAt, "maxLoadedAt is null"));
        errored = Set.copyOf(requireNonNull(errored, "errored is null"));
    }
}
