package dev.dvt.compiler.parse;

import static java.util.Objects.requireNonNull;

import dev.dvt.artifacts.manifest.FileHash;
import java.nio.file.Path;

/**
 * One file of a package to parse.
 *
 * @param packageName the package (root project or installed package) it belongs to
 * @param kind what it is read as
 * @param absolutePath where it is on disk, for reading and error messages
 * @param originalFilePath its path from the package root, with '/' ({@code models/stg/orders.sql})
 * @param relativePath its path from the resource directory it was found under ({@code stg/orders.sql})
 * @param text its contents (empty for seeds, which are only hashed)
 * @param checksum dbt's checksum of the file
 */
public record ProjectFile(String packageName, FileKind kind, Path absolutePath, String originalFilePath,
        String relativePath, String text, FileHash checksum) {
    public ProjectFile {
        requireNonNull(packageName, "packageName is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(absolutePath, "absolutePath is null");
        requireNonNull(originalFilePath, "originalFilePath is null");
        requireNonNull(relativePath, "relativePath is null");
        requireNonNull(text, "text is null");
        requireNonNull(checksum, "checksum is null");
    }

    /** The file name without directory and extension: a model's, seed's or test's name. */
    public String baseName() {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Cache key: package and path are unique within a project. */
    public String key() {
        return packageName + ":" + originalFilePath;
    }
}
