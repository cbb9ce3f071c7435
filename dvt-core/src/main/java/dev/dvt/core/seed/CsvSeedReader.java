package dev.dvt.core.seed;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.events.Events;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads seed CSV files for loading. {@link #inspect} makes one streaming pass to validate the
 * header and every row's width and to infer each column's type; {@link #open} then streams the
 * rows again with every value in a canonical spelling for its type. Neither holds more than one
 * row in memory.
 */
public final class CsvSeedReader {
    private static final Logger LOG = LoggerFactory.getLogger(CsvSeedReader.class);
    private static final long LARGE_FILE_BYTES = 100L * 1024 * 1024;

    private CsvSeedReader() {
    }

    /** Validates {@code file} and infers its column types; throws {@link DvtException} on bad input. */
    public static SeedSchema inspect(Path file, SeedOptions options) {
        requireNonNull(file, "file is null");
        requireNonNull(options, "options is null");
        List<String> warnings = new ArrayList<>();
        warnIfLarge(file, warnings);
        try (CsvRecordReader reader = new CsvRecordReader(file, options.delimiter())) {
            List<String> header = readHeader(reader);
            Map<String, String> overrides = matchOverrides(file, header, options, warnings);
            ColumnInference[] inferences = new ColumnInference[header.size()];
            for (int i = 0; i < header.size(); i++) {
                inferences[i] = new ColumnInference(overrides.containsKey(header.get(i)));
            }
            long rows = 0;
            List<String> record;
            while ((record = reader.next()) != null) {
                if (record.isEmpty()) {
                    continue;
                }
                checkWidth(reader, header.size(), record.size());
                for (int i = 0; i < inferences.length; i++) {
                    inferences[i].accept(record.get(i));
                }
                rows++;
            }
            List<SeedColumn> columns = new ArrayList<>(header.size());
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i);
                columns.add(new SeedColumn(name, i, inferences[i].type(), inferences[i].canonicalType(),
                        overrides.get(name)));
            }
            LOG.debug("Seed {}: {} rows, columns {}", file, rows, columns);
            return new SeedSchema(file, options, columns, rows, warnings);
        }
    }

    /** Streams the data rows of a file that {@link #inspect} accepted. Close the result. */
    public static SeedRows open(SeedSchema schema) {
        return new SeedRows(schema, new CsvRecordReader(schema.file(), schema.options().delimiter()));
    }

    static List<String> readHeader(CsvRecordReader reader) {
        Path file = reader.file();
        List<String> header = reader.next();
        while (header != null && header.isEmpty()) {
            header = reader.next();
        }
        if (header == null) {
            throw new DvtException(ErrorCode.CONFIG, "Seed file " + file.getFileName()
                    + " is empty; a seed needs a header line naming its columns", file, 1);
        }
        int line = reader.recordLine();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isBlank()) {
                throw new DvtException(ErrorCode.CONFIG, "Seed file " + file.getFileName() + ", line "
                        + line + ": column " + (i + 1) + " of the header has no name; give every column"
                        + " a name (check for a trailing delimiter)", file, line);
            }
            Integer previous = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
            if (previous != null) {
                throw new DvtException(ErrorCode.CONFIG, "Seed file " + file.getFileName() + ", line "
                        + line + ": column name '" + name + "' appears twice (columns " + (previous + 1)
                        + " and " + (i + 1) + "); column names must be unique", file, line);
            }
        }
        return header;
    }

    static void checkWidth(CsvRecordReader reader, int expected, int actual) {
        if (expected != actual) {
            Path file = reader.file();
            int line = reader.recordLine();
            throw new DvtException(ErrorCode.CONFIG, "Seed file " + file.getFileName() + ", line " + line
                    + ": expected " + expected + " fields as in the header, found " + actual
                    + "; quote values that contain the delimiter", file, line);
        }
    }

    /** Maps header names to their {@code column_types} entry; unknown entries warn (DVT010). */
    private static Map<String, String> matchOverrides(Path file, List<String> header, SeedOptions options,
            List<String> warnings) {
        Map<String, String> byLowerName = new HashMap<>();
        for (String name : header) {
            byLowerName.put(name.toLowerCase(Locale.ROOT), name);
        }
        Map<String, String> overrides = new HashMap<>();
        options.columnTypes().forEach((column, type) -> {
            String name = byLowerName.get(column.toLowerCase(Locale.ROOT));
            if (name == null) {
                String message = "[DVT010] Seed " + file.getFileName() + ": column_types names column '"
                        + column + "', which is not in the file (columns: " + String.join(", ", header)
                        + "); the entry is ignored";
                warnings.add(message);
                Events.warn("DVT010", message);
            } else {
                overrides.put(name, type);
            }
        });
        return overrides;
    }

    private static void warnIfLarge(Path file, List<String> warnings) {
        try {
            long size = Files.size(file);
            if (size > LARGE_FILE_BYTES) {
                String message = "[DVT013] Seed " + file.getFileName() + " is " + size / (1024 * 1024)
                        + " MB; seeds are meant for small reference data, consider loading it as a source";
                warnings.add(message);
                Events.warn("DVT013", message);
            }
        } catch (IOException e) {
            throw new DvtException(ErrorCode.CONFIG, "Cannot read seed file: " + e.getMessage(), file, 0, e);
        }
    }
}
