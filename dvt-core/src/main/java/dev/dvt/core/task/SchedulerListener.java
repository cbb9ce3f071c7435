package dev.dvt.core.task;

/** Told when each node starts and ends, to print dbt's numbered progress lines. */
public interface SchedulerListener {
    /** {@code index} is 1-based in start order; {@code total} counts every node to run. */
    default void started(String uniqueId, int index, int total) {
    }

    default void finished(NodeOutcome outcome, int index, int total) {
    }

    SchedulerListener NONE = new SchedulerListener() { };
}
