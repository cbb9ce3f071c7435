package dev.dvt.core.bulk;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.config.BucketConfig;
import java.util.Locale;

/**
 * Where a cloud bucket of buckets.yml keeps its objects: the provider ({@code s3}, {@code gcs},
 * {@code azure}), the bucket or container, the Azure storage account, and the key prefix. Knows
 * how each reader spells the same place: the SDKs want keys, Spark wants Hadoop URIs
 * ({@code s3a://}, {@code gs://}, {@code abfss://}), and each warehouse has its own URI form.
 *
 * @param prefix without leading or trailing slashes; empty for the bucket's root
 * @param account the Azure storage account; null for S3 and GCS
 */
public record CloudLocation(String type, String container, String account, String prefix) {
    public CloudLocation {
        requireNonNull(type, "type is null");
        requireNonNull(container, "container is null");
        prefix = trimSlashes(prefix == null ? "" : prefix);
        if (!type.equals("s3") && !type.equals("gcs") && !type.equals("azure")) {
            throw new IllegalArgumentException("not a cloud bucket type: " + type);
        }
        if (type.equals("azure")) {
            requireNonNull(account, "account is null");
        }
    }

    /** The location of a cloud bucket entry. */
    public static CloudLocation of(BucketConfig bucket) {
        if (bucket instanceof BucketConfig.S3 s3) {
            return new CloudLocation("s3", s3.bucket(), null, s3.prefix());
        }
        if (bucket instanceof BucketConfig.Gcs gcs) {
            return new CloudLocation("gcs", gcs.bucket(), null, gcs.prefix());
        }
        if (bucket instanceof BucketConfig.Azure azure) {
            return new CloudLocation("azure", azure.container(), azure.storageAccount(), azure.prefix());
        }
        throw new IllegalArgumentException("bucket '" + bucket.name() + "' of type " + bucket.type()
                + " is not a cloud bucket");
    }

    /** The object key of {@code relative} (slash-separated) under the prefix. */
    public String key(String relative) {
        String rel = trimSlashes(requireNonNull(relative, "relative is null"));
        if (rel.isEmpty()) {
            return prefix;
        }
        return prefix.isEmpty() ? rel : prefix + "/" + rel;
    }

    /** The key prefix that lists everything under {@code relative}, ending in a slash. */
    public String directoryKey(String relative) {
        String key = key(relative);
        return key.isEmpty() ? "" : key + "/";
    }

    /** {@code key} relative to the prefix; the key must be under it. */
    public String relativize(String key) {
        if (prefix.isEmpty()) {
            return key;
        }
        if (!key.startsWith(prefix + "/")) {
            throw new IllegalArgumentException("key " + key + " is not under prefix " + prefix);
        }
        return key.substring(prefix.length() + 1);
    }

    /** The URI Hadoop file systems (Spark) read: {@code s3a://b/k}, {@code gs://b/k}, {@code abfss://c@a.dfs.core.windows.net/k}. */
    public String hadoopUri(String key) {
        return switch (type) {
            case "s3" -> "s3a://" + container + "/" + key;
            case "gcs" -> "gs://" + container + "/" + key;
            default -> "abfss://" + container + "@" + account + ".dfs.core.windows.net/" + key;
        };
    }

    /** The URI in the warehouse's own form, for COPY INTO / COPY / LOAD DATA. */
    public String warehouseUri(String warehouse, String key) {
        String w = warehouse.toLowerCase(Locale.ROOT);
        return switch (type) {
            case "s3" -> "s3://" + container + "/" + key;
            case "gcs" -> (w.equals("snowflake") ? "gcs://" : "gs://") + container + "/" + key;
            default -> w.equals("snowflake")
                    ? "azure://" + account + ".blob.core.windows.net/" + container + "/" + key
                    : "abfss://" + container + "@" + account + ".dfs.core.windows.net/" + key;
        };
    }

    /** How people name the place in messages: {@code s3://b/prefix}. */
    public String display() {
        String root = switch (type) {
            case "s3" -> "s3://" + container;
            case "gcs" -> "gs://" + container;
            default -> "azure://" + account + "/" + container;
        };
        return prefix.isEmpty() ? root : root + "/" + prefix;
    }

    private static String trimSlashes(String text) {
        String t = text.trim();
        while (t.startsWith("/")) {
            t = t.substring(1);
        }
        while (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
