package dev.dvt.cli;

import dev.dvt.core.config.BucketConfig;
import dev.dvt.core.config.ComputeConfig;
import dev.dvt.core.config.RuntimeConfig;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.sync.ItemResult;
import dev.dvt.sync.SyncEngine;
import dev.dvt.sync.SyncItem;
import dev.dvt.sync.SyncListener;
import dev.dvt.sync.SyncReport;
import dev.dvt.sync.SyncRequest;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dvt sync}: installs what the project's targets, computes and buckets need — JDBC drivers,
 * Spark, connectors — from Maven repositories into ~/.dvt, verified and reused offline.
 */
@Command(name = "sync", description = "Install the JDBC drivers, Spark and connectors this project needs.")
final class SyncCommand extends BaseCommand {
    @Option(names = "--repository", paramLabel = "URL", description = "Maven repository to use instead of Central (or id=URL); repeatable.")
    List<String> repositories = List.of();

    @Option(names = "--offline", description = "Use only what is already cached, and list what is missing.")
    boolean offline;

    @Option(names = "--dry-run", description = "Print what would be installed, and install nothing.")
    boolean dryRun;

    @Override
    protected int run() {
        RuntimeConfig config = loadConfig();
        SyncRequest.Builder request = SyncRequest.builder().offline(offline).dryRun(dryRun);
        java.util.Set<String> types = new java.util.TreeSet<>();
        config.targets().values().stream().map(TargetConfig::type).forEach(types::add);
        types.addAll(config.project().requireAdapters().keySet());
        for (String type : types) {
            if (isBundled(type)) {
                info("SyncBundled", "Driver for " + type + " is built into dvt; nothing to install.");
            } else {
                request.adapterType(type);
            }
        }
        for (ComputeConfig compute : config.computes().computes().values()) {
            if (compute instanceof ComputeConfig.Spark spark && spark.version() != null) {
                if (spark.master().trim().toLowerCase(java.util.Locale.ROOT).startsWith("sc://")) {
                    request.sparkConnectVersion(spark.version());
                } else {
                    request.sparkVersion(spark.version());
                }
            }
        }
        for (BucketConfig bucket : config.buckets().buckets().values()) {
            request.bucketType(bucket.type());
        }
        repositories.forEach(request::repository);
        info("SyncStart", "Syncing drivers, Spark and connectors for profile '" + config.profileName() + "'"
                + (offline ? " (offline)" : "") + (dryRun ? " (dry run)" : ""));
        SyncReport report = new SyncEngine().run(request.build(), new ProgressLines());
        printSummary(report);
        report.notices().forEach(notice -> dev.dvt.core.events.Events.warn("SyncNotice", notice));
        if (!report.succeeded()) {
            dev.dvt.core.events.Events.error("SyncFailed", "Sync did not complete: see the FAILED and MISSING rows above.");
            return 1;
        }
        info("SyncComplete", dryRun ? "Dry run complete: nothing was installed." : "Sync complete.");
        return 0;
    }

    // DuckDB, PostgreSQL and MariaDB/MySQL drivers ship inside the dvt jar.
    private static boolean isBundled(String type) {
        return dev.dvt.core.database.DatabaseCatalog.find(type)
                .flatMap(definition -> definition.driverClass())
                .map(SyncCommand::loadable)
                .orElse(false);
    }

    private static boolean loadable(String className) {
        try {
            Class.forName(className, false, SyncCommand.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static void printSummary(SyncReport report) {
        info("SyncSummary", String.format("%-34s %-22s %-9s %10s", "ITEM", "VERSION", "STATUS", "SIZE"));
        for (ItemResult item : report.items()) {
            String line = String.format("%-34s %-22s %-9s %10s", item.name(), item.version(), item.status(),
                    item.sizeBytes() == 0 ? "" : Bytes.human(item.sizeBytes()));
            if (!item.message().isEmpty()) {
                line += "  " + item.message();
            }
            var event = dev.dvt.core.events.Event.of("SyncItem", dev.dvt.core.events.Level.INFO, line);
            boolean bad = item.status() == ItemResult.Status.FAILED || item.status() == ItemResult.Status.MISSING;
            dev.dvt.core.events.Events.fire(bad ? event.withStyle(dev.dvt.core.events.Event.Style.FAILURE) : event);
        }
    }

    /** One line per item, plus a progress line every 10% of a large download. */
    private static final class ProgressLines implements SyncListener {
        private final java.util.Map<String, Integer> lastDecile = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void itemStarted(SyncItem item) {
            info("SyncItemStart", "Checking " + item.label());
        }

        @Override
        public void downloadProgressed(SyncItem item, String file, long transferred, long total) {
            if (total <= 1_000_000) {
                return;
            }
            int decile = (int) (transferred * 10 / total);
            Integer previous = lastDecile.put(file, decile);
            if (previous == null || decile > previous) {
                info("SyncDownloadProgress", String.format(Locale.ROOT, "  downloading %s %3d%% of %s", file, decile * 10,
                        Bytes.human(total)));
            }
        }
    }
}
