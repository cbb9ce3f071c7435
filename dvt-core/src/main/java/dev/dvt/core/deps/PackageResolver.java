package dev.dvt.core.deps;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.PackageSpec;
import dev.dvt.core.config.PackagesConfig;
import dev.dvt.core.config.RenderContext;
import dev.dvt.core.config.ValueRenderer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pins the project's packages and, transitively, the packages those packages list in their own
 * packages.yml. The same package asked for twice must resolve to the same pinned entry;
 * otherwise the versions conflict and resolution stops with both requesters named.
 */
final class PackageResolver {
    private final PackageFetcher fetcher;
    private final ValueRenderer renderer;
    private final RenderContext context;

    PackageResolver(PackageFetcher fetcher, ValueRenderer renderer, RenderContext context) {
        this.fetcher = requireNonNull(fetcher, "fetcher is null");
        this.renderer = requireNonNull(renderer, "renderer is null");
        this.context = requireNonNull(context, "context is null");
    }

    private record Request(PackageSpec spec, Path declaredIn, String requester) {
    }

    /** The pinned packages in the order they were first asked for. */
    List<ResolvedPackage> resolve(List<PackageSpec> specs, Path projectRoot, String projectLabel) {
        Map<String, ResolvedPackage> byName = new LinkedHashMap<>();
        Map<String, String> requesters = new LinkedHashMap<>();
        Deque<Request> queue = new ArrayDeque<>();
        specs.forEach(spec -> queue.add(new Request(spec, projectRoot, projectLabel)));
        while (!queue.isEmpty()) {
            Request request = queue.poll();
            ResolvedPackage resolved = fetcher.fetch(request.spec(), request.declaredIn());
            ResolvedPackage earlier = byName.get(resolved.name());
            if (earlier != null) {
                if (!earlier.pinned().equals(resolved.pinned())) {
                    throw new DvtException(ErrorCode.CONFIG, "Package '" + resolved.name()
                            + "' is required in two versions: " + describe(earlier) + " by "
                            + requesters.get(resolved.name()) + ", and " + describe(resolved) + " by "
                            + request.requester() + "; make both entries name the same source and revision");
                }
                continue;
            }
            byName.put(resolved.name(), resolved);
            requesters.put(resolved.name(), request.requester());
            PackagesConfig nested = PackagesConfig.load(resolved.directory(), renderer, context);
            String label = "package '" + resolved.name() + "'";
            nested.packages().forEach(spec -> queue.add(new Request(spec, resolved.directory(), label)));
        }
        return new ArrayList<>(byName.values());
    }

    private static String describe(ResolvedPackage p) {
        return p.source().displayName() + " " + PackageLock.describe(p.pinned());
    }
}
