package dev.dvt.compiler.runtime;

import static java.util.Objects.requireNonNull;

import dev.dvt.compiler.jinja.RenderContext;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the seed materialization loads: the CSV file, each column's database type in file order
 * (inferred, with the seed's {@code column_types} applied), the delimiter, and whether
 * {@code --empty} asks for the table without its rows.
 */
public record SeedInput(Path csvFile, Map<String, String> columnTypes, char delimiter, boolean empty) {
    public SeedInput {
        requireNonNull(csvFile, "csvFile is null");
        columnTypes = new LinkedHashMap<>(requireNonNull(columnTypes, "columnTypes is null"));
    }

    /** Sets {@code seed_file}, {@code seed_column_types}, {@code seed_delimiter} and {@code seed_empty} for the materialization. */
    public RenderContext applyTo(RenderContext ctx) {
        return ctx.set("seed_file", csvFile.toAbsolutePath().toString())
                .set("seed_column_types", new LinkedHashMap<>(columnTypes))
                .set("seed_delimiter", String.valueOf(delimiter))
                .set("seed_empty", empty);
    }
}
