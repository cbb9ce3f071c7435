package dev.dvt.federation.compute;

import static org.assertj.core.api.Assertions.fail;

import dev.dvt.core.database.ClasspathLocator;
import dev.dvt.core.database.InstallCache;
import dev.dvt.sync.ItemResult;
import dev.dvt.sync.SyncEngine;
import dev.dvt.sync.SyncListener;
import dev.dvt.sync.SyncReport;
import dev.dvt.sync.SyncRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Spark for tests, installed with `dvt sync`'s engine into a cache that outlives the build: the
 * {@code dvt.test.spark.cache} system property, else {@code .spark-cache/} at the repository root
 * (git-ignored). Once installed, no network is used. A test is skipped only when Spark is missing
 * and Maven Central cannot be reached.
 */
final class TestingSpark {
    static final String VERSION = "4.0.1";

    private TestingSpark() {
    }

    static InstallCache cache() {
        String configured = System.getProperty("dvt.test.spark.cache");
        if (configured != null && !configured.isBlank()) {
            return new InstallCache(Path.of(configured));
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return new InstallCache((dir == null ? Path.of("").toAbsolutePath() : dir).resolve(".spark-cache"));
    }

    /** The cache with Spark {@code version} installed in it. */
    static synchronized InstallCache installed(String version) {
        InstallCache cache = cache();
        if (new ClasspathLocator(cache).isSparkInstalled(version)) {
            return cache;
        }
        SyncRequest request = SyncRequest.builder().sparkVersion(version).cacheRoot(cache.root()).build();
        SyncReport report = new SyncEngine().run(request, SyncListener.NONE);
        ItemResult spark = report.items().get(0);
        if (spark.status() == ItemResult.Status.FAILED) {
            Assumptions.assumeTrue(mavenCentralReachable(), "Maven Central is unreachable and Spark " + version
                    + " is not in " + cache.root());
            fail("Installing Spark " + version + " failed: " + spark.message());
        }
        return cache;
    }

    private static boolean mavenCentralReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("repo.maven.apache.org", 443), 5_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
