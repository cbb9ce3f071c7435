package dev.dvt.federation.cloud;

import dev.dvt.core.config.BucketConfig;
import dev.dvt.federation.cloud.azure.AzureObjectStore;
import dev.dvt.federation.cloud.gcs.GcsObjectStore;
import dev.dvt.federation.cloud.s3.S3ObjectStore;

/** Opens the object store of a cloud bucket entry of buckets.yml. */
public final class ObjectStores {
    private ObjectStores() {
    }

    /** A client for the bucket; nothing is sent over the network yet. */
    public static ObjectStore open(BucketConfig bucket) {
        if (bucket instanceof BucketConfig.S3 s3) {
            return new S3ObjectStore(s3);
        }
        if (bucket instanceof BucketConfig.Azure azure) {
            return new AzureObjectStore(azure);
        }
        if (bucket instanceof BucketConfig.Gcs gcs) {
            return new GcsObjectStore(gcs);
        }
        throw new IllegalArgumentException("bucket '" + bucket.name() + "' of type " + bucket.type()
                + " is not a cloud bucket");
    }
}
