package dev.dvt.federation.plan;

import static java.util.Objects.requireNonNull;

/** A coded warning for the user, e.g. {@code DVT001} (view materialized as table). */
public record DvtWarning(String code, String message) {
    public static final String MATERIALIZATION_COERCED = "DVT001";
    public static final String NOT_PUSHED_DOWN = "DVT005";

    public DvtWarning {
        requireNonNull(code, "code is null");
        requireNonNull(message, "message is null");
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
