package dev.dvt.federation.compute;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.config.BucketConfig;
import dev.dvt.core.database.InstallCache;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What engines need besides their computes.yml entry.
 *
 * @param cache the `dvt sync` install cache (Spark jars, connectors; the Spark worker jar is
 *     unpacked into its {@code spark/} directory)
 * @param javaHome the JDK that runs the Spark worker; empty means {@code JAVA_HOME}, else the
 *     Java running dvt
 * @param buckets the profile's staging buckets: the Spark worker gets the Hadoop settings of the
 *     cloud ones, so it reads and writes their URIs itself
 */
public record ComputeContext(InstallCache cache, Optional<Path> javaHome, List<BucketConfig> buckets) {
    public ComputeContext(InstallCache cache, Optional<Path> javaHome) {
        this(cache, javaHome, List.of());
    }

    public ComputeContext {
        requireNonNull(cache, "cache is null");
        requireNonNull(javaHome, "javaHome is null");
        buckets = List.copyOf(requireNonNull(buckets, "buckets is null"));
    }

    /** The same context, for a profile with these buckets. */
    public ComputeContext withBuckets(List<BucketConfig> profileBuckets) {
        return new ComputeContext(cache, javaHome, profileBuckets);
    }

    /** The default cache ({@code ~/.dvt}) and Java. */
    public static ComputeContext standard() {
        return new ComputeContext(InstallCache.atDefaultLocation(), Optional.empty());
    }

    /** The {@code java} executable to start a worker with. */
    Path javaExecutable() {
        Path home = javaHome.orElseGet(() -> {
            String env = System.getenv("JAVA_HOME");
            return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("java.home"));
        });
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return home.resolve("bin").resolve(windows ? "java.exe" : "java");
    }
}
