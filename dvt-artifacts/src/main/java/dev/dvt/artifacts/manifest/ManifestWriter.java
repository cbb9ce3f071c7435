package dev.dvt.artifacts.manifest;

import dev.dvt.artifacts.ArtifactJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/** Writes and reads {@code manifest.json}; the read side serves {@code --state} comparisons. */
public final class ManifestWriter {
    private static final Logger LOG = LoggerFactory.getLogger(ManifestWriter.class);

    private ManifestWriter() {
    }

    public static void write(Manifest manifest, Path file) {
        ArtifactJson.write(file, manifest);
        LOG.debug("Wrote manifest with {} nodes to {}", manifest.getNodes().size(), file);
    }

    public static Manifest read(Path file) {
        return ArtifactJson.read(file, Manifest.class);
    }
}
