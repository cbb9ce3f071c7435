package dev.dvt.core.config;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.yaml.SecretKeys;
import java.nio.file.Path;

/** One staging bucket of buckets.yml, where federation stages Parquet. */
public sealed interface BucketConfig permits BucketConfig.Filesystem, BucketConfig.S3,
        BucketConfig.Gcs, BucketConfig.Azure, BucketConfig.Hdfs {
    String name();

    /** {@code filesystem}, {@code s3}, {@code gcs}, {@code azure} or {@code hdfs}. */
    String type();

    /** A local directory (absolute). */
    record Filesystem(String name, Path path) implements BucketConfig {
        public Filesystem {
            requireNonNull(name, "name is null");
            requireNonNull(path, "path is null");
        }

        @Override
        public String type() {
            return "filesystem";
        }
    }

    /** Amazon S3 or an S3-compatible store ({@code endpoint}, {@code path_style_access}). */
    record S3(String name, String bucket, String prefix, String region, String accessKeyId,
            String secretAccessKey, String sessionToken, String iamRole,
            boolean useInstanceProfile, String storageIntegration, String endpoint,
            boolean pathStyleAccess) implements BucketConfig {
        public static final String DEFAULT_REGION = "us-east-1";

        public S3 {
            requireNonNull(name, "name is null");
            requireNonNull(bucket, "bucket is null");
            requireNonNull(region, "region is null");
        }

        @Override
        public String type() {
            return "s3";
        }

        @Override
        public String toString() {
            return "S3[name=" + name + ", bucket=" + bucket + ", prefix=" + prefix + ", region="
                    + region + ", accessKeyId=" + accessKeyId + ", secretAccessKey="
                    + mask(secretAccessKey) + ", sessionToken=" + mask(sessionToken)
                    + ", iamRole=" + iamRole + ", useInstanceProfile=" + useInstanceProfile
                    + ", storageIntegration=" + storageIntegration + ", endpoint=" + endpoint
                    + ", pathStyleAccess=" + pathStyleAccess + "]";
        }
    }

    /**
     * Google Cloud Storage; {@code endpoint} points at a GCS-compatible server instead of
     * Google's (an emulator, a private endpoint).
     */
    record Gcs(String name, String bucket, String prefix, String project, String keyfile,
            String keyfileJson, boolean useApplicationDefault, String storageIntegration,
            String endpoint) implements BucketConfig {
        public Gcs {
            requireNonNull(name, "name is null");
            requireNonNull(bucket, "bucket is null");
        }

        @Override
        public String type() {
            return "gcs";
        }

        @Override
        public String toString() {
            return "Gcs[name=" + name + ", bucket=" + bucket + ", prefix=" + prefix + ", project="
                    + project + ", keyfile=" + keyfile + ", keyfileJson=" + mask(keyfileJson)
                    + ", useApplicationDefault=" + useApplicationDefault
                    + ", storageIntegration=" + storageIntegration + ", endpoint=" + endpoint + "]";
        }
    }

    /**
     * Azure Blob Storage / ADLS Gen2; {@code endpoint} replaces
     * {@code https://<storage_account>.blob.core.windows.net} (azurite, sovereign clouds).
     */
    record Azure(String name, String container, String storageAccount, String prefix,
            String accountKey, String sasToken, String clientId, String clientSecret,
            String tenantId, boolean useManagedIdentity, String storageIntegration,
            String endpoint) implements BucketConfig {
        public Azure {
            requireNonNull(name, "name is null");
            requireNonNull(container, "container is null");
            requireNonNull(storageAccount, "storageAccount is null");
        }

        @Override
        public String type() {
            return "azure";
        }

        @Override
        public String toString() {
            return "Azure[name=" + name + ", container=" + container + ", storageAccount="
                    + storageAccount + ", prefix=" + prefix + ", accountKey=" + mask(accountKey)
                    + ", sasToken=" + mask(sasToken) + ", clientId=" + clientId
                    + ", clientSecret=" + mask(clientSecret) + ", tenantId=" + tenantId
                    + ", useManagedIdentity=" + useManagedIdentity + ", storageIntegration="
                    + storageIntegration + ", endpoint=" + endpoint + "]";
        }
    }

    /** HDFS, addressed by a URI or path such as {@code hdfs://namenode:8020/dvt/staging}. */
    record Hdfs(String name, String path) implements BucketConfig {
        public Hdfs {
            requireNonNull(name, "name is null");
            requireNonNull(path, "path is null");
        }

        @Override
        public String type() {
            return "hdfs";
        }
    }

    /** Whether objects live in a cloud object store (s3, gcs, azure) rather than on a file system. */
    default boolean isCloud() {
        return this instanceof S3 || this instanceof Gcs || this instanceof Azure;
    }

    /** The secret values of this bucket (keys, tokens, key files' JSON), for the log redactor. */
    default java.util.List<String> secrets() {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (this instanceof S3 s3) {
            java.util.Collections.addAll(out, s3.secretAccessKey(), s3.sessionToken());
        } else if (this instanceof Gcs gcs) {
            out.add(gcs.keyfileJson());
        } else if (this instanceof Azure azure) {
            java.util.Collections.addAll(out, azure.accountKey(), azure.sasToken(), azure.clientSecret());
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    private static String mask(String secret) {
        return secret == null ? null : SecretKeys.MASK;
    }
}
