package dev.dvt.sync;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The items a sync will check or install, plus notices for things it cannot install (a driver not
 * published on Maven Central, a connector that does not exist for a Spark line, a Java version the
 * Spark line does not support).
 */
public record SyncPlan(List<SyncItem> items, List<String> notices) {
    public SyncPlan {
        items = List.copyOf(requireNonNull(items, "items is null"));
        notices = List.copyOf(requireNonNull(notices, "notices is null"));
    }
}
