package dev.dvt.core.seed;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rewrites a seed as a clean CSV for bulk loaders ({@code COPY}, {@code LOAD DATA}): UTF-8 without
 * a byte order mark, comma separated, LF line ends, a header line, NULL as an empty unquoted
 * field, every other value in its canonical spelling and quoted when it holds a comma, a quote,
 * a line break or is empty text. Streams row by row.
 */
public final class SeedCsvNormalizer {
    private SeedCsvNormalizer() {
    }

    /** Writes the clean copy to {@code target} and returns the number of data rows written. */
    public static long write(SeedSchema schema, Path target) {
        requireNonNull(schema, "schema is null");
        requireNonNull(target, "target is null");
        long rows = 0;
        try (SeedRows source = CsvSeedReader.open(schema);
                Writer out = new BufferedWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8), 1 << 16)) {
            writeRow(out, schema.columnNames().toArray(String[]::new));
            String[] values;
            while ((values = source.next()) != null) {
                writeRow(out, values);
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
        return rows;
    }

    /** Writes the clean copy to a new temporary file; the caller deletes it. */
    public static Path writeTemp(SeedSchema schema) {
        try {
            Path temp = Files.createTempFile("dvt-seed-", ".csv");
            write(schema, temp);
            return temp;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary file for seed " + schema.file(), e);
        }
    }

    private static void writeRow(Writer out, String[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            String value = values[i];
            if (value != null) {
                writeValue(out, value);
            }
        }
        out.write('\n');
    }

    private static void writeValue(Writer out, String value) throws IOException {
        if (!needsQuotes(value)) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }

    private static boolean needsQuotes(String value) {
        if (value.isEmpty()) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
