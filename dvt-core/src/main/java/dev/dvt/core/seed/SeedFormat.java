package dev.dvt.core.seed;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats a seed can be, by extension. CSV seeds load through the seed materialization
 * on their target; the others are read by a compute engine, staged as Parquet and bulk-loaded.
 * {@code .jsonl} is JSON too, as in the original DVT's Spark seed.
 */
public enum SeedFormat {
    CSV("CSV", List.of("csv")),
    PARQUET("Parquet", List.of("parquet")),
    JSON("JSON", List.of("json", "jsonl")),
    ORC("ORC", List.of("orc"));

    private final String displayName;
    private final List<String> extensions;

    SeedFormat(String displayName, List<String> extensions) {
        this.displayName = displayName;
        this.extensions = extensions;
    }

    /** The format of a file extension (without the dot, any case); empty when it is not a seed. */
    public static Optional<SeedFormat> ofExtension(String extension) {
        String lower = requireNonNull(extension, "extension is null").toLowerCase(Locale.ROOT);
        for (SeedFormat format : values()) {
            if (format.extensions.contains(lower)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format of a seed file, from its name. */
    public static SeedFormat of(Path file) {
        String name = requireNonNull(file, "file is null").getFileName().toString();
        int dot = name.lastIndexOf('.');
        return ofExtension(dot < 0 ? "" : name.substring(dot + 1)).orElseThrow(() -> new IllegalArgumentException(
                file + " is not a seed file; seeds end in " + allExtensions()));
    }

    /** {@code .csv, .parquet, .json, .jsonl, .orc}, for messages and docs. */
    public static String allExtensions() {
        StringBuilder text = new StringBuilder();
        for (SeedFormat format : values()) {
            for (String extension : format.extensions) {
                text.append(text.length() == 0 ? "." : ", .").append(extension);
            }
        }
        return text.toString();
    }

    /** CSV seeds keep dbt's own path: the seed materialization on the target's adapter. */
    public boolean loadsThroughCompute() {
        return this != CSV;
    }

    public String displayName() {
        return displayName;
    }
}
