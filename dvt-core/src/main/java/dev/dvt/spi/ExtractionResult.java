package dev.dvt.spi;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/** What an extraction wrote: row count, the method used ({@code copy}, {@code jdbc}, …) and the files. */
public record ExtractionResult(long rows, String method, List<Path> files) {
    public ExtractionResult {
        requireNonNull(method, "method is null");
        files = List.copyOf(requireNonNull(files, "files is null"));
    }
}
