package dev.dvt.federation.compute;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Staged-input and output locations: local paths or URIs ({@code s3a://…}). */
final class OutputLocations {
    private static final Pattern PART_FILE = Pattern.compile("data_(\\d+)\\.parquet");
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

    /**
     * Makes a local output directory writable: removes what an earlier run left at that path (a
     * file or a directory of parts) and creates its parent; the engine creates the directory.
     */
    static String prepareDirectory(String output) {
        String path = prepareFile(output);
        try {
            Files.deleteIfExists(Path.of(path));
        } catch (IOException e) {
            throw new DvtException(ErrorCode.FEDERATION, "Cannot write the compute result to " + path
                    + ": " + e.getMessage() + " (check that the bucket directory is writable)", e);
        }
        return path;
    }

    /** The Parquet parts DuckDB wrote into a directory ({@code data_0.parquet}, …), in their order. */
    static List<String> partFiles(String directory) {
        try (Stream<Path> files = Files.list(Path.of(directory))) {
            return files.filter(f -> PART_FILE.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(OutputLocations::partNumber)).map(Path::toString).toList();
        } catch (IOException e) {
            throw new DvtException(ErrorCode.FEDERATION, "Cannot list the compute result in " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    private static int partNumber(Path part) {
        Matcher m = PART_FILE.matcher(part.getFileName().toString());
        m.matches();
        return Integer.parseInt(m.group(1));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
