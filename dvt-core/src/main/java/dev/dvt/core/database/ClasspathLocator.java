package dev.dvt.core.database;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds what `dvt sync` installed: driver jars for an adapter type, the Spark jars of a version,
 * connector jars. It trusts the manifests and checks that the files exist; verifying hashes is
 * sync's job, not every run's.
 */
public final class ClasspathLocator {
    private final InstallCache cache;

    public ClasspathLocator(InstallCache cache) {
        this.cache = requireNonNull(cache, "cache is null");
    }

    public ClasspathLocator(Path cacheRoot) {
        this(new InstallCache(cacheRoot));
    }

    public InstallCache cache() {
        return cache;
    }

    /**
     * The installed driver jars for an adapter type: the manifest's files, then any jar a user put
     * into the directory by hand (drivers that are not on Maven Central). Empty when none.
     *
     * @throws DvtException (PROFILE) for an unknown adapter type
     */
    public List<Path> driverJars(String adapterType) {
        DatabaseDefinition definition = DatabaseCatalog.require(adapterType);
        Path dir = cache.driverDir(definition.type());
        LinkedHashSet<Path> jars = new LinkedHashSet<>();
        InstalledManifest.read(dir).ifPresent(m -> m.paths(dir).stream().filter(Files::isRegularFile).forEach(jars::add));
        jars.addAll(jarsIn(dir));
        return List.copyOf(jars);
    }

    /**
     * Like {@link #driverJars} but fails when nothing is installed.
     *
     * @throws DvtException (SYNC) naming the type and what to do
     */
    public List<Path> requireDriverJars(String adapterType) {
        List<Path> jars = driverJars(adapterType);
        if (jars.isEmpty()) {
            DatabaseDefinition definition = DatabaseCatalog.require(adapterType);
            String hint = definition.driverArtifact().isPresent()
                    ? "run `dvt sync`"
                    : definition.note().orElse("put its jar into " + cache.driverDir(definition.type()));
            throw new DvtException(ErrorCode.SYNC,
                    "The JDBC driver for " + adapterType.trim() + " is not installed: " + hint);
        }
        return jars;
    }

    /**
     * Every jar of an installed Spark version, in classpath order.
     *
     * @throws DvtException (SYNC) when that version is not installed or is incomplete
     */
    public List<Path> sparkJars(String version) {
        Path dir = cache.sparkDir(version);
        InstalledManifest manifest = InstalledManifest.read(dir).orElseThrow(() -> new DvtException(
                ErrorCode.SYNC, "Spark " + version + " is not installed: run `dvt sync`"));
        List<Path> jars = manifest.paths(dir);
        Optional<Path> missing = jars.stream().filter(p -> !Files.isRegularFile(p)).findFirst();
        if (missing.isPresent()) {
            throw new DvtException(ErrorCode.SYNC, "Spark " + version + " in " + dir + " is incomplete ("
                    + missing.get().getFileName() + " is missing): run `dvt sync`");
        }
        return jars;
    }

    /**
     * The Spark Connect client jars of a Spark version.
     *
     * @throws DvtException (SYNC) when `dvt sync` has not installed them
     */
    public List<Path> sparkConnectClientJars(String version) {
        Path dir = cache.sparkConnectClientDir(version);
        List<Path> jars = InstalledManifest.read(dir).map(m -> m.paths(dir)).orElse(List.of());
        if (jars.isEmpty() || !jars.stream().allMatch(Files::isRegularFile)) {
            throw new DvtException(ErrorCode.SYNC, "The Spark Connect client for Spark " + version
                    + " is not installed: run `dvt sync`");
        }
        return jars;
    }

    /** True when {@link #sparkJars} would succeed. */
    public boolean isSparkInstalled(String version) {
        Path dir = cache.sparkDir(version);
        return InstalledManifest.read(dir).map(m -> m.paths(dir).stream().allMatch(Files::isRegularFile)).orElse(false);
    }

    /**
     * Jars of every installed connector (native and cloud) chosen for this Spark version's
     * major.minor line, in directory-name order.
     */
    public List<Path> connectorJars(String sparkVersion) {
        String line = sparkLine(requireNonNull(sparkVersion, "sparkVersion is null"));
        Path root = cache.connectorsDir();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> jars = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.filter(Files::isDirectory).sorted().forEach(dir -> InstalledManifest.read(dir)
                    .filter(m -> line.equals(m.sparkLine()) && m.kind().equals("connector"))
                    .ifPresent(m -> m.paths(dir).stream().filter(Files::isRegularFile).forEach(jars::add)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jars;
    }

    /** "4.0.1" becomes "4.0". */
    static String sparkLine(String version) {
        String[] parts = version.trim().split("\\.");
        return parts.length >= 2 ? parts[0] + "." + parts[1] : version.trim();
    }

    private static List<Path> jarsIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
