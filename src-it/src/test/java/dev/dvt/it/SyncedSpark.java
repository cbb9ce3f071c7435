package dev.dvt.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.core.database.InstallCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Spark as `dvt sync` installs it, through the fat jar, into the git-ignored
 * {@code .spark-cache/sync-home} that every Spark integration test shares: downloaded once, then
 * a no-op.
 */
public final class SyncedSpark {
    public static final String VERSION = "4.0.1";

    private SyncedSpark() {
    }

    /** The user home the synced Spark lives under ({@code <home>/.dvt}). */
    public static Path userHome() {
        return DvtProcess.repoRoot().resolve(".spark-cache/sync-home");
    }

    /** The JVM option that points a dvt process at that home. */
    public static List<String> homeOption() {
        return List.of("-Duser.home=" + userHome());
    }

    /** Runs `dvt sync` for a Spark {@link #VERSION} compute in a scratch project; returns the cache. */
    public static InstallCache install(Path scratch) throws Exception {
        Files.createDirectories(userHome());
        Path project = Files.createDirectories(scratch.resolve("spark-sync"));
        Files.writeString(project.resolve("dbt_project.yml"), "name: s\nversion: '1.0'\nconfig-version: 2\nprofile: s\n");
        Files.writeString(project.resolve("profiles.yml"),
                "s:\n  target: d\n  outputs:\n    d: {type: duckdb, path: s.duckdb, schema: main}\n");
        Files.writeString(project.resolve("computes.yml"),
                "s:\n  target: spark4\n  computes:\n    spark4: {type: spark, version: \"" + VERSION + "\"}\n");
        DvtProcess.Result sync = DvtProcess.runWithJvmOptions(project, Map.of(), homeOption(), "sync", "--no-color");
        assertThat(sync.exitCode()).as(sync.output()).isZero();
        return new InstallCache(userHome().resolve(".dvt"));
    }
}
