package dev.dvt.sync;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.database.InstallCache;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one `dvt sync` should make available, in plain values the CLI takes from the runtime
 * configuration.
 *
 * @param adapterTypes profile output types plus {@code require-adapters} keys
 * @param sparkVersions the {@code version} of every {@code type: spark} compute
 * @param sparkConnectVersions those of them whose master is a Spark Connect URL ({@code sc://…})
 * @param bucketTypes bucket types of the profile ({@code filesystem}, {@code s3}, {@code gcs}, …)
 * @param cacheRoot install cache root, normally {@code ~/.dvt}
 * @param repositories {@code --repository} overrides ({@code URL} or {@code id=URL}); empty means
 *     Maven Central through the settings' mirrors
 * @param settingsFile Maven settings to honour; empty means none
 * @param offline use only the cache, report what is missing
 * @param dryRun plan only: nothing is downloaded or written
 * @param javaVersion feature version of the Java that will run Spark (checked against the line)
 */
public record SyncRequest(
        Set<String> adapterTypes,
        List<String> sparkVersions,
        Set<String> sparkConnectVersions,
        Set<String> bucketTypes,
        Path cacheRoot,
        List<String> repositories,
        Optional<Path> settingsFile,
        boolean offline,
        boolean dryRun,
        int javaVersion) {

    public SyncRequest {
        adapterTypes = Set.copyOf(requireNonNull(adapterTypes, "adapterTypes is null"));
        sparkVersions = List.copyOf(requireNonNull(sparkVersions, "sparkVersions is null"));
        sparkConnectVersions = Set.copyOf(requireNonNull(sparkConnectVersions, "sparkConnectVersions is null"));
        if (!sparkVersions.containsAll(sparkConnectVersions)) {
            throw new IllegalArgumentException("every Spark Connect version is also a Spark version");
        }
        bucketTypes = Set.copyOf(requireNonNull(bucketTypes, "bucketTypes is null"));
        requireNonNull(cacheRoot, "cacheRoot is null");
        repositories = List.copyOf(requireNonNull(repositories, "repositories is null"));
        requireNonNull(settingsFile, "settingsFile is null");
    }

    public InstallCache cache() {
        return new InstallCache(cacheRoot);
    }

    /** A builder with DVT's defaults: cache {@code ~/.dvt}, {@code ~/.m2/settings.xml}, this JVM's Java. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the request piece by piece, as the CLI reads the configuration. */
    public static final class Builder {
        private final Set<String> adapterTypes = new LinkedHashSet<>();
        private final List<String> sparkVersions = new ArrayList<>();
        private final Set<String> sparkConnectVersions = new LinkedHashSet<>();
        private final Set<String> bucketTypes = new LinkedHashSet<>();
        private final List<String> repositories = new ArrayList<>();
        private Path cacheRoot = InstallCache.atDefaultLocation().root();
        private Optional<Path> settingsFile = Optional.of(Path.of(System.getProperty("user.home"), ".m2", "settings.xml"));
        private boolean offline;
        private boolean dryRun;
        private int javaVersion = Runtime.version().feature();

        private Builder() {}

        public Builder adapterType(String type) {
            adapterTypes.add(requireNonNull(type, "type is null"));
            return this;
        }

        public Builder adapterTypes(Iterable<String> types) {
            types.forEach(this::adapterType);
            return this;
        }

        public Builder sparkVersion(String version) {
            String trimmed = requireNonNull(version, "version is null").trim();
            if (!sparkVersions.contains(trimmed)) {
                sparkVersions.add(trimmed);
            }
            return this;
        }

        /** A Spark version whose compute connects to a Spark Connect server: its client is installed too. */
        public Builder sparkConnectVersion(String version) {
            sparkVersion(version);
            sparkConnectVersions.add(version.trim());
            return this;
        }

        public Builder bucketType(String type) {
            bucketTypes.add(requireNonNull(type, "type is null"));
            return this;
        }

        public Builder repository(String urlOrIdEqualsUrl) {
            repositories.add(requireNonNull(urlOrIdEqualsUrl, "repository is null"));
            return this;
        }

        public Builder cacheRoot(Path root) {
            cacheRoot = requireNonNull(root, "root is null");
            return this;
        }

        /** Maven settings to honour, or null for none. */
        public Builder settingsFile(Path file) {
            settingsFile = Optional.ofNullable(file);
            return this;
        }

        public Builder offline(boolean value) {
            offline = value;
            return this;
        }

        public Builder dryRun(boolean value) {
            dryRun = value;
            return this;
        }

        public Builder javaVersion(int feature) {
            javaVersion = feature;
            return this;
        }

        public SyncRequest build() {
            return new SyncRequest(adapterTypes, sparkVersions, sparkConnectVersions, bucketTypes, cacheRoot, repositories,
                    settingsFile, offline, dryRun, javaVersion);
        }
    }
}
