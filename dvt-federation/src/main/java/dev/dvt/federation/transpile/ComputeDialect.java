package dev.dvt.federation.transpile;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.Locale;

/** The SQL dialects federated queries run in. */
public enum ComputeDialect {
    DUCKDB("\""),
    SPARK("`");

    private final String quote;

    ComputeDialect(String quote) {
        this.quote = quote;
    }

    /** The compute dialect of a computes.yml {@code type}: {@code duckdb} or {@code spark}. */
    public static ComputeDialect of(String computeType) {
        String type = computeType == null ? "" : computeType.trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "duckdb" -> DUCKDB;
            case "spark" -> SPARK;
            default -> throw new DvtException(ErrorCode.CONFIG, "Unknown compute type '" + computeType
                    + "'; computes.yml supports type: spark or type: duckdb");
        };
    }

    /** The identifier quoted for this compute, closing quote doubled. */
    public String quote(String identifier) {
        return quote + identifier.replace(quote, quote + quote) + quote;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
