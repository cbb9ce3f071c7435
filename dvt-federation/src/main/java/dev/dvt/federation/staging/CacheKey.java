package dev.dvt.federation.staging;

import static java.util.Objects.requireNonNull;

import dev.dvt.federation.cloud.ObjectInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What identifies the content of a cloud object in the local cache: its ETag and size. A cached
 * copy is reused only while both match the object in the bucket; the key is kept in a hidden
 * sidecar file ({@code .part-0.parquet.etag}) beside the copy.
 */
public record CacheKey(String etag, long size) {
    public CacheKey {
        requireNonNull(etag, "etag is null");
        if (etag.isBlank() || etag.contains("\n")) {
            throw new IllegalArgumentException("not an ETag: '" + etag + "'");
        }
    }

    public static CacheKey of(ObjectInfo object) {
        return new CacheKey(object.etag(), object.size());
    }

    static Path sidecarOf(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".etag");
    }

    /** The key recorded for a cached copy, if the copy and its sidecar are both there. */
    static Optional<CacheKey> recorded(Path file) {
        Path sidecar = sidecarOf(file);
        try {
            if (!Files.isRegularFile(file) || !Files.isRegularFile(sidecar)) {
                return Optional.empty();
            }
            String[] parts = Files.readString(sidecar, StandardCharsets.UTF_8).trim().split(" ", 2);
            CacheKey key = new CacheKey(parts[1], Long.parseLong(parts[0]));
            return Files.size(file) == key.size() ? Optional.of(key) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the cached copy at {@code file} holds this content. */
    boolean matches(Path file) {
        return recorded(file).filter(this::equals).isPresent();
    }

    void record(Path file) {
        try {
            Files.writeString(sidecarOf(file), size + " " + etag + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
