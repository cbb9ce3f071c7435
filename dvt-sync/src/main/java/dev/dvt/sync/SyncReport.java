package dev.dvt.sync;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The outcome of a sync: one result per planned item, in plan order, and the plan's notices
 * (warnings the CLI prints below the table).
 */
public record SyncReport(List<ItemResult> items, List<String> notices, boolean dryRun) {
    public SyncReport {
        items = List.copyOf(requireNonNull(items, "items is null"));
        notices = List.copyOf(requireNonNull(notices, "notices is null"));
    }

    /** True when nothing failed and nothing is missing: the CLI exits 0. */
    public boolean succeeded() {
        return items.stream().noneMatch(i -> i.status() == ItemResult.Status.FAILED
                || i.status() == ItemResult.Status.MISSING);
    }

    public long count(ItemResult.Status status) {
        return items.stream().filter(i -> i.status() == status).count();
    }
}
