package dev.dvt.core.database;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code installed.json} of one cache directory: what was installed, from which coordinates,
 * and every file with its size and SHA-256, so a later sync can trust the cache without the
 * network and the runtime can build a classpath.
 *
 * @param kind {@code driver}, {@code spark} or {@code connector}
 * @param name item name, e.g. {@code postgres}, {@code spark}, {@code s3-hadoop-3.4.1}
 * @param version the version installed (driver version, Spark version, connector version)
 * @param sparkLine the Spark major.minor line a connector or Spark install belongs to, else null
 * @param coordinates the Maven coordinates that were requested
 * @param files every jar in the directory, in classpath order
 * @param installedAt ISO-8601 instant
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstalledManifest(
        String kind,
        String name,
        String version,
        String sparkLine,
        List<String> coordinates,
        List<InstalledFile> files,
        String installedAt) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public InstalledManifest {
        requireNonNull(kind, "kind is null");
        requireNonNull(name, "name is null");
        requireNonNull(version, "version is null");
        coordinates = List.copyOf(requireNonNull(coordinates, "coordinates is null"));
        files = List.copyOf(requireNonNull(files, "files is null"));
        requireNonNull(installedAt, "installedAt is null");
    }

    /** One installed jar. */
    public record InstalledFile(String file, String coordinates, long size, String sha256) {
        public InstalledFile {
            requireNonNull(file, "file is null");
            requireNonNull(coordinates, "coordinates is null");
            requireNonNull(sha256, "sha256 is null");
        }
    }

    /** Reads {@code dir/installed.json}; empty when it is absent or unreadable (then: not installed). */
    public static Optional<InstalledManifest> read(Path dir) {
        Path file = dir.resolve(InstallCache.MANIFEST);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), InstalledManifest.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes {@code dir/installed.json}. */
    public void write(Path dir) throws IOException {
        JSON.writeValue(dir.resolve(InstallCache.MANIFEST).toFile(), this);
    }

    /** The jar paths inside {@code dir}, in manifest order. */
    public List<Path> paths(Path dir) {
        return files.stream().map(f -> dir.resolve(f.file())).toList();
    }

    /** Total bytes of all files. */
    public long totalSize() {
        return files.stream().mapToLong(InstalledFile::size).sum();
    }
}
