package dev.dvt.sync;

import dev.dvt.core.database.InstalledManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, without any network, whether an item is already installed: its manifest asks for the
 * same coordinates and every file is there with the recorded size (and, unless told to be quick,
 * the recorded SHA-256).
 */
final class CacheVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(CacheVerifier.class);

    private CacheVerifier() {}

    static Optional<InstalledManifest> installed(SyncItem item, boolean checkHashes) {
        Path dir = item.directory();
        Optional<InstalledManifest> manifest = InstalledManifest.read(dir);
        if (manifest.isEmpty()) {
            return Optional.empty();
        }
        InstalledManifest m = manifest.get();
        if (!m.coordinates().equals(item.coordinates()) || !m.kind().equals(item.kind().manifestKind())) {
            LOG.debug("{} in {} was installed from {}, now {} is wanted", item.name(), dir, m.coordinates(), item.coordinates());
            return Optional.empty();
        }
        for (InstalledManifest.InstalledFile file : m.files()) {
            if (!intact(dir.resolve(file.file()), file, checkHashes)) {
                LOG.debug("{} in {} is damaged: {}", item.name(), dir, file.file());
                return Optional.empty();
            }
        }
        return manifest;
    }

    private static boolean intact(Path path, InstalledManifest.InstalledFile file, boolean checkHashes) {
        try {
            return Files.isRegularFile(path)
                    && Files.size(path) == file.size()
                    && (!checkHashes || FileHashes.sha256(path).equals(file.sha256()));
        } catch (IOException e) {
            return false;
        }
    }
}
