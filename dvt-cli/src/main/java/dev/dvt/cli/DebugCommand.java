package dev.dvt.cli;

import dev.dvt.core.DvtException;
import dev.dvt.core.adapter.AdapterRegistry;
import dev.dvt.core.bulk.CloudLocation;
import dev.dvt.core.config.BucketConfig;
import dev.dvt.core.config.ComputeConfig;
import dev.dvt.core.config.RuntimeConfig;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.core.database.ClasspathLocator;
import dev.dvt.core.database.InstallCache;
import dev.dvt.core.events.Event;
import dev.dvt.core.events.Events;
import dev.dvt.core.events.Level;
import dev.dvt.federation.compute.SparkConnectUrl;
import dev.dvt.federation.staging.StagingBucket;
import dev.dvt.spi.Adapter;
import dev.dvt.spi.AdapterEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dvt debug}: shows the project, profile, computes and buckets in use and tests the
 * connection of every target (or one), saying what failed for each.
 */
@Command(name = "debug", description = "Check the project, profile, computes and buckets, and test connections.")
final class DebugCommand extends BaseCommand {
    @Option(names = "--connection", arity = "0..1", fallbackValue = "", paramLabel = "TARGET",
            description = "Only test connections (all targets, or the one named).")
    String connection;

    @Option(names = "--debug-target", paramLabel = "TARGET", description = "Only this target.")
    String debugTarget;

    @Option(names = "--debug-compute", paramLabel = "COMPUTE", description = "Only this compute.")
    String debugCompute;

    @Option(names = "--debug-bucket", paramLabel = "BUCKET", description = "Only this bucket.")
    String debugBucket;

    @Option(names = "--config-dir", description = "Print the directory profiles.yml is read from, and exit.")
    boolean configDir;

    @Override
    protected int run() {
        RuntimeConfig config = loadConfig();
        if (configDir) {
            printResult(config.profiles().directory().toString());
            return 0;
        }
        info("MainReportVersion", "dvt version: " + DvtVersion.version());
        info("DebugJava", "java: " + Runtime.version() + " (" + System.getProperty("java.home") + ")");
        boolean connectionsOnly = connection != null;
        String only = connection != null && !connection.isEmpty() ? connection : debugTarget;
        if (only != null) {
            config.profiles().target(only); // an unknown name fails here, listing the outputs
        }
        if (!connectionsOnly) {
            info("DebugProject", "project: " + config.project().name() + " (" + config.project().file() + ") [OK found and valid]");
            info("DebugProfile", "profile: " + config.profileName() + " (" + config.profiles().directory().resolve("profiles.yml")
                    + ") [OK found and valid]");
            info("DebugTarget", "default target: " + config.target().name() + " (" + config.target().type() + ")");
        }
        boolean allOk = true;
        for (String name : config.profiles().targetNames()) {
            if (only == null || only.equals(name)) {
                allOk &= testConnection(config, name);
            }
        }
        if (!connectionsOnly && debugTarget == null) {
            allOk &= reportComputes(config);
            allOk &= reportBuckets(config);
        }
        if (allOk) {
            Events.fire(Event.of("DebugOk", Level.INFO, "All checks passed!").withStyle(Event.Style.SUCCESS));
            return 0;
        }
        Events.error("DebugFailed", "Some checks failed: see the lines marked ERROR above.");
        return 1;
    }

    private boolean testConnection(RuntimeConfig config, String name) {
        TargetConfig target;
        try {
            target = config.profiles().target(name);
        } catch (DvtException e) {
            failed("DebugConnection", "  connection target " + name + " [ERROR] " + e.getMessage());
            return false;
        }
        String label = "target " + target.name() + " (" + target.type() + ")";
        try (Adapter adapter = AdapterRegistry.create(target, AdapterEnvironment.of(config.projectRoot(), 1))) {
            adapter.execute("select 1", true);
            ok("DebugConnection", "  connection " + label + " [OK connection ok]");
            return true;
        } catch (DvtException e) {
            failed("DebugConnection", "  connection " + label + " [ERROR] " + e.getMessage());
            return false;
        }
    }

    private boolean reportComputes(RuntimeConfig config) {
        boolean ok = true;
        ClasspathLocator locator = new ClasspathLocator(InstallCache.atDefaultLocation());
        info("DebugComputes", "computes (" + describeFile(config.computes().file()) + "), default: " + config.computes().defaultCompute());
        for (Map.Entry<String, ComputeConfig> entry : config.computes().computes().entrySet()) {
            if (debugCompute != null && !debugCompute.equals(entry.getKey())) {
                continue;
            }
            if (entry.getValue() instanceof ComputeConfig.Spark spark) {
                if (spark.version() == null) {
                    failed("DebugCompute", "  compute " + entry.getKey() + " (spark): no version set; add `version:` and run `dvt sync`");
                    ok = false;
                } else if (locator.isSparkInstalled(spark.version())) {
                    ok &= reportInstalledSpark(entry.getKey(), spark, locator);
                } else {
                    failed("DebugCompute", "  compute " + entry.getKey() + " (spark " + spark.version() + ") [ERROR] not installed: run `dvt sync`");
                    ok = false;
                }
            } else {
                ok("DebugCompute", "  compute " + entry.getKey() + " (duckdb, embedded) [OK]");
            }
        }
        return ok;
    }

    /** An installed Spark compute; one on a Spark Connect master also needs its client and a server that answers. */
    private boolean reportInstalledSpark(String name, ComputeConfig.Spark spark, ClasspathLocator locator) {
        String label = "  compute " + name + " (spark " + spark.version() + ", " + spark.master() + ")";
        if (!SparkConnectUrl.isConnect(spark.master())) {
            ok("DebugCompute", label + " [OK installed]");
            return true;
        }
        try {
            locator.sparkConnectClientJars(spark.version());
            SparkConnectUrl.parse(spark.master(), name).checkReachable(name, java.time.Duration.ofSeconds(5));
            ok("DebugCompute", label + " [OK installed, server reachable]");
            return true;
        } catch (DvtException e) {
            failed("DebugCompute", label + " [ERROR] " + e.getMessage());
            return false;
        }
    }

    private boolean reportBuckets(RuntimeConfig config) {
        boolean ok = true;
        info("DebugBuckets", "buckets (" + describeFile(config.buckets().file()) + "), default: " + config.buckets().defaultBucket());
        for (Map.Entry<String, BucketConfig> entry : new LinkedHashMap<>(config.buckets().buckets()).entrySet()) {
            if (debugBucket != null && !debugBucket.equals(entry.getKey())) {
                continue;
            }
            if (entry.getValue() instanceof BucketConfig.Filesystem fs) {
                Path existing = fs.path();
                while (existing != null && !Files.exists(existing)) {
                    existing = existing.getParent();
                }
                if (existing != null && Files.isWritable(existing)) {
                    ok("DebugBucket", "  bucket " + entry.getKey() + " (filesystem " + fs.path() + ") [OK writable]");
                } else {
                    failed("DebugBucket", "  bucket " + entry.getKey() + " (filesystem " + fs.path() + ") [ERROR] not writable");
                    ok = false;
                }
            } else if (entry.getValue().isCloud()) {
                ok &= checkCloudBucket(config, entry.getValue());
            } else {
                info("DebugBucket", "  bucket " + entry.getKey() + " (" + entry.getValue().type() + ") [configured]");
            }
        }
        return ok;
    }

    // Lists the prefix and writes and deletes a probe object: what a federated run needs.
    private boolean checkCloudBucket(RuntimeConfig config, BucketConfig bucket) {
        String where = bucket.type() + " " + CloudLocation.of(bucket).display();
        try (StagingBucket staging = StagingBucket.of(bucket, config.projectRoot())) {
            staging.ensureWritable();
            ok("DebugBucket", "  bucket " + bucket.name() + " (" + where + ") [OK reachable, writable]");
            return true;
        } catch (DvtException e) {
            failed("DebugBucket", "  bucket " + bucket.name() + " (" + where + ") [ERROR] " + e.getMessage());
            return false;
        }
    }

    private static String describeFile(Path file) {
        return file == null ? "defaults, no file" : file.toString();
    }

    private static void ok(String name, String message) {
        Events.fire(Event.of(name, Level.INFO, message).withStyle(Event.Style.SUCCESS));
    }

    private static void failed(String name, String message) {
        Events.fire(Event.of(name, Level.ERROR, message).withStyle(Event.Style.FAILURE));
    }
}
