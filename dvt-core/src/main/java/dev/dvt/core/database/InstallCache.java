package dev.dvt.core.database;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where `dvt sync` keeps what it installs, under one root (by default {@code ~/.dvt}):
 * {@code drivers/<type>/}, {@code spark/<version>/} and {@code connectors/<name>/}, each holding
 * jar files and an {@value #MANIFEST} that lists them with their SHA-256.
 */
public record InstallCache(Path root) {
    /** The manifest file name inside every installed directory. */
    public static final String MANIFEST = "installed.json";

    public InstallCache {
        requireNonNull(root, "root is null");
        root = root.toAbsolutePath().normalize();
    }

    /** {@code ~/.dvt}. */
    public static InstallCache atDefaultLocation() {
        return new InstallCache(Path.of(System.getProperty("user.home"), ".dvt"));
    }

    public Path driversDir() {
        return root.resolve("drivers");
    }

    /** Driver directory of a canonical database type (see {@link DatabaseDefinition#type()}). */
    public Path driverDir(String type) {
        return driversDir().resolve(safe(type));
    }

    public Path sparkRoot() {
        return root.resolve("spark");
    }

    public Path sparkDir(String version) {
        return sparkRoot().resolve(safe(version));
    }

    /** The Spark Connect client of a Spark version, kept apart: it joins the classpath only for sc:// masters. */
    public Path sparkConnectClientDir(String version) {
        return root.resolve("spark-connect").resolve(safe(version));
    }

    public Path connectorsDir() {
        return root.resolve("connectors");
    }

    public Path connectorDir(String name) {
        return connectorsDir().resolve(safe(name));
    }

    /** Scratch space for installs in progress; on the same file system so moves are atomic. */
    public Path stagingDir() {
        return root.resolve(".staging");
    }

    private static String safe(String name) {
        String trimmed = requireNonNull(name, "name is null").trim().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty() || !trimmed.matches("[a-z0-9._-]+") || trimmed.startsWith(".")) {
            throw new IllegalArgumentException("Not a valid cache directory name: '" + name + "'");
        }
        return trimmed;
    }
}
