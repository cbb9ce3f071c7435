package dev.dvt.sync;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One thing to install into its own cache directory: a JDBC driver, a Spark version, the Spark
 * Connect client of a version, or a connector chosen for a Spark line.
 *
 * @param kind what it is
 * @param name display and manifest name ({@code postgres}, {@code spark}, {@code s3-spark-3.5})
 * @param version the version shown in the summary
 * @param directory where it is installed
 * @param coordinates Maven coordinates to resolve ({@code group:artifact[:ext[:classifier]]:version})
 * @param transitive whether dependencies are resolved too
 * @param sparkLine the Spark line a connector is for, else empty
 */
public record SyncItem(
        Kind kind,
        String name,
        String version,
        Path directory,
        List<String> coordinates,
        boolean transitive,
        Optional<String> sparkLine) {

    /** Item kinds; {@link #manifestKind()} is what installed.json records. */
    public enum Kind {
        DRIVER("driver"),
        SPARK("spark"),
        SPARK_CONNECT_CLIENT("spark-connect-client"),
        CONNECTOR("connector");

        private final String manifestKind;

        Kind(String manifestKind) {
            this.manifestKind = manifestKind;
        }

        public String manifestKind() {
            return manifestKind;
        }
    }

    public SyncItem {
        requireNonNull(kind, "kind is null");
        requireNonNull(name, "name is null");
        requireNonNull(version, "version is null");
        requireNonNull(directory, "directory is null");
        coordinates = List.copyOf(requireNonNull(coordinates, "coordinates is null"));
        requireNonNull(sparkLine, "sparkLine is null");
        if (coordinates.isEmpty()) {
            throw new IllegalArgumentException("An item needs at least one artifact: " + name);
        }
    }

    /** "spark 4.0.1", "postgres 42.7.14": how messages name the item. */
    public String label() {
        return name + " " + version;
    }
}
