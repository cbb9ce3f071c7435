package dev.dvt.sync;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.database.InstallCache;
import dev.dvt.core.database.InstalledManifest;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs one item all-or-nothing: resolve into a private staging directory, copy and hash the
 * jars there, write the manifest, then move the finished directory into place in one rename. Any
 * failure (unreachable repository, checksum mismatch, full disk) deletes the staging directory
 * and leaves the cache as it was.
 */
final class ItemInstaller {
    private static final Logger LOG = LoggerFactory.getLogger(ItemInstaller.class);

    private final InstallCache cache;
    private final MavenArtifactResolver resolver;

    ItemInstaller(InstallCache cache, MavenArtifactResolver resolver) {
        this.cache = cache;
        this.resolver = resolver;
    }

    InstalledManifest install(SyncItem item, SyncListener listener) {
        Path staging = createStaging(item);
        try {
            List<ResolvedArtifact> artifacts = resolver.resolve(item, staging.resolve("repository"), listener);
            Path out = Files.createDirectory(staging.resolve("out"));
            InstalledManifest manifest = new InstalledManifest(item.kind().manifestKind(), item.name(), item.version(),
                    item.sparkLine().orElse(null), item.coordinates(), copy(artifacts, out), Instant.now().toString());
            manifest.write(out);
            moveIntoPlace(out, item.directory(), staging);
            return manifest;
        } catch (IOException e) {
            throw new DvtException(ErrorCode.SYNC, "Cannot write " + item.label() + " into " + item.directory() + ": "
                    + e + ". Check free disk space and permissions; nothing was installed.", e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private Path createStaging(SyncItem item) {
        try {
            Files.createDirectories(cache.stagingDir());
            return Files.createDirectory(cache.stagingDir().resolve(item.name() + "-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new DvtException(ErrorCode.SYNC, "Cannot create a staging directory under " + cache.stagingDir()
                    + ": " + e + ". Check free disk space and permissions.", e);
        }
    }

    private static List<InstalledManifest.InstalledFile> copy(List<ResolvedArtifact> artifacts, Path out) throws IOException {
        List<InstalledManifest.InstalledFile> files = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ResolvedArtifact artifact : artifacts) {
            if (!artifact.extension().equals("jar")) {
                continue;
            }
            String name = artifact.fileName();
            if (!names.add(name)) {
                name = artifact.groupId() + "-" + name; // same artifactId in two groups
                names.add(name);
            }
            Path target = out.resolve(name);
            Files.copy(artifact.file(), target);
            files.add(new InstalledManifest.InstalledFile(name, artifact.coordinates(), Files.size(target),
                    FileHashes.sha256(target)));
        }
        return files;
    }

    /** Replaces {@code target} by {@code finished} with renames only, keeping the old copy until the new one is in. */
    private static void moveIntoPlace(Path finished, Path target, Path staging) throws IOException {
        Files.createDirectories(target.getParent());
        Path previous = staging.resolve("previous");
        boolean hadPrevious = Files.exists(target);
        if (hadPrevious) {
            move(target, previous);
        }
        try {
            move(finished, target);
        } catch (IOException e) {
            if (hadPrevious) {
                move(previous, target);
            }
            throw e;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not delete staging directory {}: {}", dir, e.toString());
        }
    }
}
