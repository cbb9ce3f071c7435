package dev.dvt.core.dialect;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** How a federated incremental result is written: the G103 rule of the original DVT. */
public final class IncrementalDispatch {
    /** The write path a loader takes. */
    public enum LoadPath { MERGE, DELETE_INSERT, APPEND }

    private IncrementalDispatch() {}

    /**
     * merge or delete+insert need both a unique key and an adapter to run SQL in the target;
     * anything else (append, no strategy, no key, no adapter) falls back to a plain append.
     */
    public static LoadPath choose(String strategy, List<String> uniqueKey, boolean hasAdapter) {
        if (strategy == null || uniqueKey == null || uniqueKey.isEmpty() || !hasAdapter) {
            return LoadPath.APPEND;
        }
        return switch (strategy.trim().toLowerCase(Locale.ROOT)) {
            case "merge" -> LoadPath.MERGE;
            case "delete+insert" -> LoadPath.DELETE_INSERT;
            default -> LoadPath.APPEND;
        };
    }

    /**
     * The unique_key config as a list: a string is one key, a list keeps its order. On a full
     * refresh, or for a materialization other than incremental, the key is not read.
     */
    public static List<String> uniqueKey(Object configValue, boolean incremental, boolean fullRefresh) {
        if (!incremental || fullRefresh || configValue == null) {
            return List.of();
        }
        if (configValue instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(configValue));
    }
}
