package dev.dvt.federation.compute;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Staged-input and output locations: local paths or URIs ({@code s3a://…}). */
final class OutputLocations {
    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

    private OutputLocations() {
    }

    static boolean isLocal(String location) {
        return !URI_SCHEME.matcher(location).matches();
    }

    /** What DuckDB's {@code read_parquet} needs: a local directory becomes a recursive glob. */
    static String parquetPattern(String location) {
        if (isLocal(location) && Files.isDirectory(Path.of(location))) {
            return Path.of(location).resolve("**").resolve("*.parquet").toString();
        }
        return location;
    }

    /**
     * Makes a local output file writable: creates its directory and removes a directory left at
     * that path by an earlier run (a Spark result is a directory). URIs are left to the engine.
     */
    static String prepareFile(String output) {
        if (!isLocal(output)) {
            return output;
        }
        Path path = Path.of(output).toAbsolutePath();
        try {
            if (Files.isDirectory(path)) {
                deleteTree(path);
            }
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new DvtException(ErrorCode.FEDERATION, "Cannot write the compute result to " + path
                    + ": " + e.getMessage() + " (check that the bucket directory is writable)", e);
        }
        return path.toString();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
