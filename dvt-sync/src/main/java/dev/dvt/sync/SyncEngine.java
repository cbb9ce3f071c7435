package dev.dvt.sync;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.database.InstalledManifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine behind `dvt sync`: plans what the project needs, trusts what the cache already holds
 * (no network when everything is there), installs the rest, and reports each item.
 *
 * <pre>{@code
 * SyncRequest request = SyncRequest.builder()
 *         .adapterTypes(List.of("postgres", "mysql"))
 *         .sparkVersion("4.0.1")
 *         .bucketType("s3")
 *         .build();
 * SyncReport report = new SyncEngine().run(request, listener);
 * }</pre>
 */
public final class SyncEngine {
    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

    private final SyncPlanner planner = new SyncPlanner(SyncComponents.standard());

    /**
     * What a sync would install, without touching the cache or the network.
     *
     * @throws DvtException (SYNC) for unknown adapter types, Spark versions or bucket types
     */
    public SyncPlan plan(SyncRequest request) {
        return planner.plan(requireNonNull(request, "request is null"));
    }

    /**
     * Runs the sync. Items fail one by one (the report says which and why); only invalid input
     * throws.
     *
     * @throws DvtException (SYNC) for unknown adapter types, Spark versions or bucket types;
     *     (CONFIG) for an unreadable settings.xml
     */
    public SyncReport run(SyncRequest request, SyncListener listener) {
        requireNonNull(listener, "listener is null");
        SyncPlan plan = plan(request);
        List<ItemResult> results = new ArrayList<>();
        MavenArtifactResolver resolver = null;
        try {
            for (SyncItem item : plan.items()) {
                listener.itemStarted(item);
                ItemResult result;
                Optional<InstalledManifest> cached = CacheVerifier.installed(item, !request.dryRun());
                if (cached.isPresent()) {
                    result = ItemResult.of(item, ItemResult.Status.CACHED, cached.get().totalSize(), "");
                } else if (request.dryRun()) {
                    result = ItemResult.of(item, ItemResult.Status.PLANNED, 0, "would install " + coordinates(item));
                } else if (request.offline()) {
                    result = ItemResult.of(item, ItemResult.Status.MISSING, 0, "not in " + item.directory()
                            + "; needs " + coordinates(item) + ": run `dvt sync` without --offline");
                } else {
                    if (resolver == null) {
                        resolver = new MavenArtifactResolver(request.repositories(), MavenSettings.read(request.settingsFile()));
                    }
                    result = install(item, new ItemInstaller(request.cache(), resolver), listener);
                }
                results.add(result);
                listener.itemFinished(item, result);
            }
        } finally {
            if (resolver != null) {
                resolver.close();
            }
        }
        return new SyncReport(results, plan.notices(), request.dryRun());
    }

    private static ItemResult install(SyncItem item, ItemInstaller installer, SyncListener listener) {
        try {
            InstalledManifest manifest = installer.install(item, listener);
            LOG.info("Installed {} ({} files) into {}", item.label(), manifest.files().size(), item.directory());
            return ItemResult.of(item, ItemResult.Status.INSTALLED, manifest.totalSize(), "");
        } catch (DvtException e) {
            LOG.debug("Installing {} failed", item.label(), e);
            return ItemResult.of(item, ItemResult.Status.FAILED, 0, e.getMessage());
        }
    }

    private static String coordinates(SyncItem item) {
        return String.join(", ", item.coordinates());
    }
}
