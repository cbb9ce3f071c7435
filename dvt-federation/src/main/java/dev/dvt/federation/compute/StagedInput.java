package dev.dvt.federation.compute;

import static java.util.Objects.requireNonNull;

/**
 * One staged input of a compute job: data extracted from a source (Parquet), or a seed file, and
 * the view the compute SQL reads it under.
 *
 * @param viewName {@code _dvt_<md5(unique_id)[:8]>_<alias>}, as the transpiled SQL names it
 * @param location a file, a directory of Parquet files, or a glob such as
 *     {@code /bucket/x/*.parquet}; a local path or a URI the compute can read
 * @param format how the data at {@code location} is read
 */
public record StagedInput(String viewName, String location, InputFormat format) {
    public StagedInput {
        requireNonNull(viewName, "viewName is null");
        requireNonNull(location, "location is null");
        requireNonNull(format, "format is null");
        if (!viewName.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("View name must be a plain identifier: " + viewName);
        }
    }

    /** Staged Parquet, what extraction writes. */
    public StagedInput(String viewName, String location) {
        this(viewName, location, InputFormat.PARQUET);
    }
}
