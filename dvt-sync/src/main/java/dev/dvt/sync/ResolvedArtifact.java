package dev.dvt.sync;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/** A resolved artifact: its coordinates and the file the resolver verified and stored. */
record ResolvedArtifact(String groupId, String artifactId, String version, String classifier, String extension, Path file) {
    ResolvedArtifact {
        requireNonNull(groupId, "groupId is null");
        requireNonNull(artifactId, "artifactId is null");
        requireNonNull(version, "version is null");
        requireNonNull(classifier, "classifier is null");
        requireNonNull(extension, "extension is null");
        requireNonNull(file, "file is null");
    }

    String coordinates() {
        return groupId + ":" + artifactId + ":" + extension + (classifier.isEmpty() ? "" : ":" + classifier) + ":" + version;
    }

    /** {@code artifactId-version[-classifier].extension}, the name Maven gives the file. */
    String fileName() {
        return artifactId + "-" + version + (classifier.isEmpty() ? "" : "-" + classifier) + "." + extension;
    }
}
