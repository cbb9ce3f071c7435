package dev.dvt.sync;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositoryException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.transfer.AbstractTransferListener;
import org.eclipse.aether.transfer.TransferEvent;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves Maven coordinates with Maven Resolver: transitive runtime dependencies, nearest-wins
 * conflict resolution, and checksum policy FAIL, so a file whose checksum does not match is
 * refused. Each call resolves into a local repository the caller owns (a staging directory).
 */
final class MavenArtifactResolver implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MavenArtifactResolver.class);
    static final String CENTRAL_URL = "https://repo.maven.apache.org/maven2/";

    private final RepositorySystem system;
    private final List<RemoteRepository> repositories;
    private final MavenSettings settings;

    MavenArtifactResolver(List<String> repositoryOverrides, MavenSettings settings) {
        this.system = new RepositorySystemSupplier().get();
        this.settings = requireNonNull(settings, "settings is null");
        this.repositories = repositories(repositoryOverrides);
    }

    List<RemoteRepository> repositories() {
        return repositories;
    }

    /**
     * Resolves the item's coordinates into {@code localRepository}.
     *
     * @throws DvtException (SYNC) naming the coordinates and the cause
     */
    List<ResolvedArtifact> resolve(SyncItem item, Path localRepository, SyncListener listener) {
        DefaultRepositorySystemSession session = session(localRepository, item, listener);
        List<RemoteRepository> effective = system.newResolutionRepositories(session, repositories);
        try {
            List<ArtifactResult> results = item.transitive()
                    ? resolveTransitively(session, effective, item)
                    : resolveDirectly(session, effective, item);
            List<ResolvedArtifact> resolved = new ArrayList<>();
            for (ArtifactResult result : results) {
                Artifact a = result.getArtifact();
                resolved.add(new ResolvedArtifact(a.getGroupId(), a.getArtifactId(), a.getVersion(), a.getClassifier(),
                        a.getExtension(), a.getFile().toPath()));
            }
            return resolved;
        } catch (RepositoryException e) {
            throw new DvtException(ErrorCode.SYNC, "Cannot resolve " + String.join(", ", item.coordinates())
                    + " for " + item.label() + ": " + reason(e) + " (repositories: " + describe(effective) + ")", e);
        }
    }

    private List<ArtifactResult> resolveTransitively(DefaultRepositorySystemSession session,
            List<RemoteRepository> effective, SyncItem item) throws RepositoryException {
        List<Dependency> dependencies = item.coordinates().stream()
                .map(c -> new Dependency(new DefaultArtifact(c), JavaScopes.RUNTIME))
                .toList();
        CollectRequest collect = new CollectRequest(dependencies, List.of(), effective);
        DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
        return system.resolveDependencies(session, request).getArtifactResults();
    }

    private List<ArtifactResult> resolveDirectly(DefaultRepositorySystemSession session,
            List<RemoteRepository> effective, SyncItem item) throws RepositoryException {
        List<ArtifactRequest> requests = item.coordinates().stream()
                .map(c -> new ArtifactRequest(new DefaultArtifact(c), effective, null))
                .toList();
        return system.resolveArtifacts(session, requests);
    }

    private DefaultRepositorySystemSession session(Path localRepository, SyncItem item, SyncListener listener) {
        DefaultRepositorySystemSession session = MavenRepositorySystemUtils.newSession();
        session.setSystemProperties(System.getProperties()); // POM profiles activated by JDK or OS
        session.setChecksumPolicy(RepositoryPolicy.CHECKSUM_POLICY_FAIL);
        session.setUpdatePolicy(RepositoryPolicy.UPDATE_POLICY_NEVER);
        // Only the chosen repositories (and their mirrors): never ones that POMs, or Maven's super
        // POM, declare — a --repository override or a company mirror must be the only source.
        session.setIgnoreArtifactDescriptorRepositories(true);
        session.setConfigProperty("aether.connector.connectTimeout", 10_000);
        session.setConfigProperty("aether.connector.requestTimeout", 120_000);
        session.setConfigProperty("aether.connector.userAgent", "DVT-Sync");
        session.setLocalRepositoryManager(system.newLocalRepositoryManager(session, new LocalRepository(localRepository.toFile())));
        settings.applyTo(session);
        session.setTransferListener(new AbstractTransferListener() {
            @Override
            public void transferProgressed(TransferEvent event) {
                listener.downloadProgressed(item, fileName(event), event.getTransferredBytes(),
                        event.getResource().getContentLength());
            }

            @Override
            public void transferSucceeded(TransferEvent event) {
                long size = event.getResource().getContentLength();
                listener.downloadProgressed(item, fileName(event), event.getTransferredBytes(), size);
            }

            @Override
            public void transferCorrupted(TransferEvent event) {
                LOG.warn("Checksum mismatch for {} from {}", event.getResource().getResourceName(),
                        event.getResource().getRepositoryUrl());
            }
        });
        return session;
    }

    private static String fileName(TransferEvent event) {
        String name = event.getResource().getResourceName();
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static List<RemoteRepository> repositories(List<String> overrides) {
        if (overrides.isEmpty()) {
            return List.of(repository("central", CENTRAL_URL));
        }
        List<RemoteRepository> result = new ArrayList<>();
        for (int i = 0; i < overrides.size(); i++) {
            String spec = overrides.get(i).trim();
            int equals = spec.indexOf('=');
            boolean named = equals > 0 && !spec.substring(0, equals).contains(":");
            String id = named ? spec.substring(0, equals) : "repository-" + (i + 1);
            result.add(repository(id, named ? spec.substring(equals + 1) : spec));
        }
        return List.copyOf(result);
    }

    private static RemoteRepository repository(String id, String url) {
        RepositoryPolicy releases = new RepositoryPolicy(true, RepositoryPolicy.UPDATE_POLICY_NEVER,
                RepositoryPolicy.CHECKSUM_POLICY_FAIL);
        RepositoryPolicy snapshots = new RepositoryPolicy(false, RepositoryPolicy.UPDATE_POLICY_NEVER,
                RepositoryPolicy.CHECKSUM_POLICY_FAIL);
        return new RemoteRepository.Builder(id, "default", url)
                .setReleasePolicy(releases)
                .setSnapshotPolicy(snapshots)
                .build();
    }

    /** The most specific cause messages, without the resolver's long wrapping. */
    static String reason(Throwable error) {
        Set<String> messages = new LinkedHashSet<>();
        collectLeafMessages(error, messages, 0);
        return messages.isEmpty() ? String.valueOf(error.getMessage()) : String.join("; ", messages);
    }

    private static void collectLeafMessages(Throwable error, Set<String> messages, int depth) {
        if (depth > 20) {
            return;
        }
        if (error instanceof org.eclipse.aether.resolution.ArtifactResolutionException resolution) {
            for (ArtifactResult result : resolution.getResults()) {
                result.getExceptions().forEach(e -> collectLeafMessages(e, messages, depth + 1));
            }
            if (!messages.isEmpty()) {
                return;
            }
        }
        Throwable cause = error.getCause();
        if (cause != null && cause != error) {
            collectLeafMessages(cause, messages, depth + 1);
        } else if (error.getMessage() != null) {
            messages.add(error.getMessage());
        }
    }

    private static String describe(List<RemoteRepository> repositories) {
        return String.join(", ", repositories.stream().map(r -> r.getId() + " " + r.getUrl()).toList());
    }

    @Override
    public void close() {
        system.shutdown();
    }
}
