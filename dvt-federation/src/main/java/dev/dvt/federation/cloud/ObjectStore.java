package dev.dvt.federation.cloud;

import dev.dvt.core.bulk.CloudLocation;
import dev.dvt.core.config.BucketConfig;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The few object-store operations federation staging needs, over one bucket (S3, GCS) or
 * container (Azure). Keys are full object keys, prefix included. Every failure is a FEDERATION
 * {@link dev.dvt.core.DvtException} naming the buckets.yml entry and what to do, with no secret.
 * Implementations are safe for concurrent use.
 */
public interface ObjectStore extends AutoCloseable {
    /** The buckets.yml entry's name. */
    default String bucketName() {
        return config().name();
    }

    /** The buckets.yml entry. */
    BucketConfig config();

    /** Where the entry points (scheme, bucket, prefix), derived from {@link #config()}. */
    default CloudLocation location() {
        return CloudLocation.of(config());
    }

    /** Every object whose key starts with {@code keyPrefix}, at any depth. */
    List<ObjectInfo> list(String keyPrefix);

    /** The object, or empty when there is none. */
    Optional<ObjectInfo> stat(String key);

    /** Uploads a local file, replacing any object at {@code key}. */
    ObjectInfo upload(Path file, String key);

    /** Stores small content (state files, probes). */
    ObjectInfo put(String key, byte[] content);

    /** Downloads the object into {@code target} (replaced) and reports what was read. */
    ObjectInfo download(String key, Path target);

    /** The content of a small object, or empty when there is none. */
    Optional<byte[]> get(String key);

    /** Deletes the objects; missing ones are ignored. */
    void delete(Collection<String> keys);

    @Override
    void close();
}
