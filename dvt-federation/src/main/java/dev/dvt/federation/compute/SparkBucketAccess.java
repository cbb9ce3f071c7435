package dev.dvt.federation.compute;

import dev.dvt.core.config.BucketConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the Spark worker reaches cloud staging buckets: the Hadoop connector jars `dvt sync`
 * installs (hadoop-aws, hadoop-azure, gcs-connector) and the Hadoop settings built from each
 * bucket of buckets.yml. S3 settings are per bucket ({@code fs.s3a.bucket.<name>.*}) and Azure ones
 * per storage account, so one worker serves every bucket of the profile. The settings hold keys:
 * they travel to the worker on its stdin only, never on a command line.
 */
final class SparkBucketAccess {
    private SparkBucketAccess() {
    }

    /** Whether the worker can read and write this bucket's URIs itself. */
    static boolean canRead(BucketConfig bucket, List<Path> jars) {
        if (bucket instanceof BucketConfig.S3) {
            return hasJar(jars, "hadoop-aws-");
        }
        if (bucket instanceof BucketConfig.Azure azure) {
            // abfss:// addresses <account>.dfs.core.windows.net: a custom (emulator) endpoint cannot be reached.
            return azure.endpoint() == null && hasJar(jars, "hadoop-azure-")
                    && (azure.accountKey() != null || azure.sasToken() != null || azure.clientSecret() != null
                    || azure.useManagedIdentity());
        }
        if (bucket instanceof BucketConfig.Gcs gcs) {
            return gcs.endpoint() == null && gcs.keyfileJson() == null && hasJar(jars, "gcs-connector-");
        }
        return false;
    }

    private static boolean hasJar(List<Path> jars, String prefix) {
        return jars.stream().anyMatch(j -> j.getFileName().toString().startsWith(prefix));
    }

    /** {@code spark.hadoop.*} settings for every cloud bucket. */
    static Map<String, String> hadoopSettings(List<BucketConfig> buckets) {
        Map<String, String> out = new LinkedHashMap<>();
        if (buckets.stream().anyMatch(BucketConfig::isCloud)) {
            // Results are read back by listing their Parquet files; a _SUCCESS marker is only noise there.
            out.put("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false");
        }
        for (BucketConfig bucket : buckets) {
            if (bucket instanceof BucketConfig.S3 s3) {
                s3(s3, out);
            } else if (bucket instanceof BucketConfig.Azure azure) {
                azure(azure, out);
            } else if (bucket instanceof BucketConfig.Gcs gcs) {
                gcs(gcs, out);
            }
        }
        return out;
    }

    private static void s3(BucketConfig.S3 s3, Map<String, String> out) {
        String p = "spark.hadoop.fs.s3a.bucket." + s3.bucket() + ".";
        out.put(p + "endpoint.region", s3.region());
        if (s3.endpoint() != null) {
            out.put(p + "endpoint", s3.endpoint());
            if (s3.endpoint().startsWith("http://")) {
                out.put(p + "connection.ssl.enabled", "false");
            }
        }
        if (s3.pathStyleAccess()) {
            out.put(p + "path.style.access", "true");
        }
        if (s3.accessKeyId() != null && s3.secretAccessKey() != null) {
            out.put(p + "access.key", s3.accessKeyId());
            out.put(p + "secret.key", s3.secretAccessKey());
            if (s3.sessionToken() != null) {
                out.put(p + "session.token", s3.sessionToken());
                out.put(p + "aws.credentials.provider", "org.apache.hadoop.fs.s3a.TemporaryAWSCredentialsProvider");
            } else {
                out.put(p + "aws.credentials.provider", "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider");
            }
        }
    }

    private static void azure(BucketConfig.Azure azure, Map<String, String> out) {
        String host = azure.storageAccount() + ".dfs.core.windows.net";
        String p = "spark.hadoop.fs.azure.";
        if (azure.accountKey() != null) {
            out.put(p + "account.key." + host, azure.accountKey());
        } else if (azure.sasToken() != null) {
            out.put(p + "account.auth.type." + host, "SAS");
            out.put(p + "sas.fixed.token." + host, azure.sasToken());
        } else if (azure.clientId() != null && azure.clientSecret() != null && azure.tenantId() != null) {
            out.put(p + "account.auth.type." + host, "OAuth");
            out.put(p + "account.oauth.provider.type." + host,
                    "org.apache.hadoop.fs.azurebfs.oauth2.ClientCredsTokenProvider");
            out.put(p + "account.oauth2.client.id." + host, azure.clientId());
            out.put(p + "account.oauth2.client.secret." + host, azure.clientSecret());
            out.put(p + "account.oauth2.client.endpoint." + host,
                    "https://login.microsoftonline.com/" + azure.tenantId() + "/oauth2/token");
        } else if (azure.useManagedIdentity()) {
            out.put(p + "account.auth.type." + host, "OAuth");
            out.put(p + "account.oauth.provider.type." + host, "org.apache.hadoop.fs.azurebfs.oauth2.MsiTokenProvider");
            if (azure.clientId() != null) {
                out.put(p + "account.oauth2.client.id." + host, azure.clientId());
            }
        }
    }

    private static void gcs(BucketConfig.Gcs gcs, Map<String, String> out) {
        if (gcs.project() != null) {
            out.put("spark.hadoop.fs.gs.project.id", gcs.project());
        }
        if (gcs.keyfile() != null) {
            out.put("spark.hadoop.fs.gs.auth.type", "SERVICE_ACCOUNT_JSON_KEYFILE");
            out.put("spark.hadoop.fs.gs.auth.service.account.json.keyfile", gcs.keyfile());
        } else {
            out.put("spark.hadoop.fs.gs.auth.type", "APPLICATION_DEFAULT");
        }
    }
}
