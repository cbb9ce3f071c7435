package dev.dvt.core.deps;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code dvt deps} did.
 *
 * @param lockWritten whether package-lock.yml was (re)written
 * @param packages one outcome per package in the lock, in lock order (empty with --lock)
 */
public record DepsReport(Path lockFile, boolean lockWritten, List<Outcome> packages) {
    public DepsReport {
        requireNonNull(lockFile, "lockFile is null");
        packages = List.copyOf(packages);
    }

    public enum Status { INSTALLED, UP_TO_DATE }

    public record Outcome(String name, PackageSource source, String version, Status status) {
        public Outcome {
            requireNonNull(name, "name is null");
            requireNonNull(source, "source is null");
            requireNonNull(version, "version is null");
            requireNonNull(status, "status is null");
        }
    }
}
