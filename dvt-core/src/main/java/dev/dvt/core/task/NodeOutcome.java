package dev.dvt.core.task;

import static java.util.Objects.requireNonNull;

import dev.dvt.artifacts.results.NodeStatus;
import java.time.Instant;
import java.util.Map;

/**
 * What running one node produced: its status as run_results.json spells it, the message shown
 * on the console, the database's response, and when compile and execute started and ended.
 */
public record NodeOutcome(String uniqueId, NodeStatus status, String message, Integer failures,
        Map<String, Object> adapterResponse, Instant compileStarted, Instant compileCompleted,
        Instant executeStarted, Instant executeCompleted, String compiledCode, String relationName,
        String threadName) {

    public NodeOutcome {
        requireNonNull(uniqueId, "uniqueId is null");
        requireNonNull(status, "status is null");
        adapterResponse = adapterResponse == null ? Map.of() : Map.copyOf(adapterResponse);
        threadName = threadName == null ? Thread.currentThread().getName() : threadName;
    }

    /** A node that never ran because an ancestor failed (or --fail-fast stopped the run). */
    public static NodeOutcome skipped(String uniqueId, String message) {
        return new NodeOutcome(uniqueId, NodeStatus.SKIPPED, message, null, Map.of(), null, null, null, null,
                null, null, null);
    }

    /** A node whose executor threw: an error outcome carrying the exception's message. */
    public static NodeOutcome error(String uniqueId, String message, Instant started) {
        return new NodeOutcome(uniqueId, NodeStatus.ERROR, message, null, Map.of(), started, Instant.now(),
                null, null, null, null, null);
    }

    /** True when the node's dependants must not run: an error, or a failing test of error severity. */
    public boolean blocksDependants() {
        return status == NodeStatus.ERROR || status == NodeStatus.FAIL || status == NodeStatus.RUNTIME_ERROR
                || status == NodeStatus.SKIPPED;
    }

    public double executionSeconds() {
        Instant start = compileStarted != null ? compileStarted : executeStarted;
        Instant end = executeCompleted != null ? executeCompleted : compileCompleted;
        if (start == null || end == null) {
            return 0;
        }
        return java.time.Duration.between(start, end).toNanos() / 1e9;
    }
}
