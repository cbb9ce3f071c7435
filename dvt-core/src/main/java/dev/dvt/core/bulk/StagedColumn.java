package dev.dvt.core.bulk;

import static java.util.Objects.requireNonNull;

/**
 * A column on its way from CSV text to Parquet: its real name, the DuckDB type it is stored as,
 * and how its CSV text is read ({@code csvType}) and turned into that type ({@code conversion},
 * a DuckDB expression over {@code %s}, the CSV column).
 */
public record StagedColumn(String name, String duckType, String csvType, String conversion) {
    public StagedColumn {
        requireNonNull(name, "name is null");
        requireNonNull(duckType, "duckType is null");
        requireNonNull(csvType, "csvType is null");
        requireNonNull(conversion, "conversion is null");
    }

    /** A column whose CSV text is read directly as its type. */
    public static StagedColumn direct(String name, String duckType) {
        return new StagedColumn(name, duckType, duckType, "%s");
    }
}
