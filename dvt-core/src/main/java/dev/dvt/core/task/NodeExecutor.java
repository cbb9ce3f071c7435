package dev.dvt.core.task;

/** Runs one node (compile + materialize, or test, or seed…) and says how it went. */
@FunctionalInterface
public interface NodeExecutor {
    /**
     * Runs {@code uniqueId}. An exception is turned into an error outcome by the scheduler, so
     * implementations need not catch everything; they should return FAIL/WARN outcomes themselves.
     */
    NodeOutcome execute(String uniqueId) throws Exception;
}
