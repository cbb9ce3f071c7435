package dev.dvt.core.seed;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The seed configs that shape reading and loading.
 *
 * @param delimiter the field separator ({@code delimiter} config, default {@code ,})
 * @param columnTypes {@code column_types}: column name (matched case-insensitively) to a type
 *     string passed to the database as written
 * @param quoteColumns {@code quote_columns}: quote column names in DDL (dbt's default: true)
 */
public record SeedOptions(char delimiter, Map<String, String> columnTypes, boolean quoteColumns) {
    public static final SeedOptions DEFAULT = new SeedOptions(',', Map.of(), true);

    public SeedOptions {
        requireNonNull(columnTypes, "columnTypes is null");
        columnTypes = Collections.unmodifiableMap(new LinkedHashMap<>(columnTypes));
    }

    /**
     * Builds options from a seed's config values as the manifest holds them ({@code delimiter},
     * {@code column_types}, {@code quote_columns}); absent or null values take dbt's defaults.
     */
    public static SeedOptions fromConfig(Object delimiter, Object columnTypes, Object quoteColumns) {
        char sep = ',';
        if (delimiter != null) {
            String text = delimiter.toString();
            if (text.equals("\\t")) {
                text = "\t";
            }
            if (text.length() != 1) {
                throw new DvtException(ErrorCode.CONFIG, "Seed config"
                        + " 'delimiter' must be a single character, not '" + text + "'");
            }
            sep = text.charAt(0);
        }
        Map<String, String> types = new LinkedHashMap<>();
        if (columnTypes instanceof Map<?, ?> map) {
            map.forEach((k, v) -> types.put(String.valueOf(k), String.valueOf(v)));
        } else if (columnTypes != null) {
            throw new DvtException(ErrorCode.CONFIG, "Seed config"
                    + " 'column_types' must be a mapping of column name to type");
        }
        boolean quote = quoteColumns == null || Boolean.parseBoolean(quoteColumns.toString());
        return new SeedOptions(sep, types, quote);
    }

    public SeedOptions withDelimiter(char newDelimiter) {
        return new SeedOptions(newDelimiter, columnTypes, quoteColumns);
    }

    public SeedOptions withColumnTypes(Map<String, String> newColumnTypes) {
        return new SeedOptions(delimiter, newColumnTypes, quoteColumns);
    }

    public SeedOptions withQuoteColumns(boolean newQuoteColumns) {
        return new SeedOptions(delimiter, columnTypes, newQuoteColumns);
    }
}
