package dev.dvt.federation.compute;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.database.InstallCache;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What engines need besides their computes.yml entry.
 *
 * @param cache the `dvt sync` install cache (Spark jars, connectors; the Spark worker jar is
 *     unpacked into its {@code spark/} directory)
 * @param javaHome the JDK that runs the Spark worker; empty means {@code JAVA_HOME}, else the
 *     Java running dvt
 */
public record ComputeContext(InstallCache cache, Optional<Path> javaHome) {
    public ComputeContext {
        requireNonNull(cache, "cache is null");
        requireNonNull(javaHome, "javaHome is null");
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
