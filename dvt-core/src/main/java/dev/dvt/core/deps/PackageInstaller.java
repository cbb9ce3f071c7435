package dev.dvt.core.deps;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.config.PackageSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts pinned packages into the install folder ({@code packages-install-path}): a local package
 * becomes a symbolic link to its folder as in dbt (a copy where links are not allowed), a git
 * package a copy of its checkout without {@code .git}. A git package already installed at the
 * same pinned entry is left alone and reported up to date; folders no lock entry names are removed.
 */
final class PackageInstaller {
    private static final Logger LOG = LoggerFactory.getLogger(PackageInstaller.class);
    static final String MARKER = ".dvt-package.lock";

    private final Path installDir;

    PackageInstaller(Path installDir) {
        this.installDir = requireNonNull(installDir, "installDir is null");
    }

    /** Removes installed folders that are not among {@code keep}. */
    void removeOthers(Set<String> keep) {
        if (!Files.isDirectory(installDir)) {
            return;
        }
        try (Stream<Path> children = Files.list(installDir)) {
            for (Path child : children.toList()) {
                if (!keep.contains(child.getFileName().toString())) {
                    delete(child);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + installDir, e);
        }
    }

    /** True when a git package is already installed exactly as {@code pinned}, so it need not be fetched. */
    boolean isCurrent(String name, PackageSpec pinned) {
        if (name == null || !(pinned instanceof PackageSpec.Git)) {
            return false;
        }
        Path target = installDir.resolve(name);
        return Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)
                && PackageLock.describe(pinned).equals(readMarker(target));
    }

    /** Installs one package; returns false when it was already installed as pinned. */
    boolean install(ResolvedPackage resolved) {
        PackageFetcher.createDirectories(installDir);
        Path target = installDir.resolve(resolved.name());
        String fingerprint = PackageLock.describe(resolved.pinned());
        if (resolved.pinned() instanceof PackageSpec.Local) {
            return link(resolved.directory(), target);
        }
        if (isCurrent(resolved.name(), resolved.pinned())) {
            return false;
        }
        delete(target);
        copyTree(resolved.directory(), target);
        writeMarker(target, fingerprint);
        return true;
    }

    private boolean link(Path source, Path target) {
        try {
            if (Files.isSymbolicLink(target) && Files.readSymbolicLink(target).equals(source)) {
                return false;
            }
            delete(target);
            Files.createSymbolicLink(target, source);
        } catch (UnsupportedOperationException | IOException e) {
            LOG.debug("Cannot link {} to {} ({}); copying instead", target, source, e.toString());
            delete(target);
            copyTree(source, target);
        }
        return true;
    }

    private static String readMarker(Path target) {
        Path marker = target.resolve(MARKER);
        try {
            return Files.isRegularFile(marker) ? Files.readString(marker).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void writeMarker(Path target, String fingerprint) {
        try {
            Files.writeString(target.resolve(MARKER), fingerprint + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target.resolve(MARKER), e);
        }
    }

    private static void copyTree(Path source, Path target) {
        Set<Path> skip = new HashSet<>(List.of(source.resolve(".git")));
        try {
            Files.walkFileTree(source, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (skip.contains(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, target.resolve(source.relativize(file).toString()),
                            StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + source + " to " + target, e);
        }
    }

    /** Deletes a file, a link (not what it points to) or a folder tree; absent is fine. */
    static void delete(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException error) throws IOException {
                    if (error != null) {
                        throw error;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }
}
