package dev.dvt.artifacts.results;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A node's outcome as dbt writes it: runs end in success/error/skipped, tests in
 * pass/fail/warn/error, freshness checks in pass/warn/error/runtime error.
 */
public enum NodeStatus {
    SUCCESS("success"),
    ERROR("error"),
    SKIPPED("skipped"),
    PARTIAL_SUCCESS("partial success"),
    PASS("pass"),
    FAIL("fail"),
    WARN("warn"),
    RUNTIME_ERROR("runtime error");

    private final String value;

    NodeStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    public static NodeStatus fromValue(String value) {
        for (NodeStatus status : values()) {
            if (status.value.equalsIgnoreCase(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown dbt result status '" + value + "'");
    }

    /** Whether this outcome makes the command exit non-zero. */
    public boolean isFailure() {
        return this == ERROR || this == FAIL || this == RUNTIME_ERROR;
    }

    @Override
    public String toString() {
        return value;
    }
}
