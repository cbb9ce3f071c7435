package dev.dvt.spi;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A CSV file to bulk-load into an existing table: the columns in file order with the database
 * type of each, the field delimiter, and whether the file has a header line to skip. Empty fields
 * load as NULL.
 */
public record SeedLoad(Path csvFile, LinkedHashMap<String, String> columnTypes, char delimiter, boolean header) {
    public SeedLoad {
        requireNonNull(csvFile, "csvFile is null");
        columnTypes = new LinkedHashMap<>(requireNonNull(columnTypes, "columnTypes is null"));
        if (columnTypes.isEmpty()) {
            throw new IllegalArgumentException("a seed needs at least one column");
        }
    }

    public static SeedLoad of(Path csvFile, Map<String, String> columnTypes, char delimiter) {
        return new SeedLoad(csvFile, new LinkedHashMap<>(columnTypes), delimiter, true);
    }
}
