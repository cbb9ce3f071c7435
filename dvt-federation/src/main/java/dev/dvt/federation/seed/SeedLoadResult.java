package dev.dvt.federation.seed;

import static java.util.Objects.requireNonNull;

/**
 * What loading one seed did.
 *
 * @param rows rows inserted
 * @param loadMethod the target's bulk path ({@code copy}, {@code load_data}, {@code read_parquet}, …)
 * @param recreated whether the table was (re)created rather than truncated and refilled
 * @param engine the compute engine that read the file ({@code duckdb} or {@code spark})
 */
public record SeedLoadResult(long rows, String loadMethod, boolean recreated, String engine) {
    public SeedLoadResult {
        requireNonNull(loadMethod, "loadMethod is null");
        requireNonNull(engine, "engine is null");
    }
}
