package dev.dvt.spi;

import static java.util.Objects.requireNonNull;

/** What a load wrote: rows and the method ({@code copy}, {@code load_data}, {@code insert_select}, {@code jdbc}). */
public record LoadResult(long rows, String method) {
    public LoadResult {
        requireNonNull(method, "method is null");
    }
}
