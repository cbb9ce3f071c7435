package dev.dvt.federation.compute;

import static java.util.Objects.requireNonNull;

/**
 * A column of a compute result.
 *
 * @param name the name as written in the Parquet output, case preserved
 * @param type the type in the engine's SQL ({@code DECIMAL(18,2)}, {@code TIMESTAMP}, …)
 */
public record ResultColumn(String name, String type) {
    public ResultColumn {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
    }
}
