package dev.dvt.core.bulk;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.BucketConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The bulk-load statements of the cloud warehouses, which read Parquet straight from the staging
 * bucket. {@code table} is already quoted for the warehouse; {@code uri} is the bucket location
 * in the warehouse's own form ({@link CloudLocation#warehouseUri}). Access comes from the bucket
 * entry of buckets.yml: a {@code storage_integration} (Snowflake storage integration, Databricks
 * credential, Redshift IAM role via {@code iam_role}) is preferred; otherwise the bucket's keys
 * or SAS token are passed as the statement's temporary credentials. Statements that carry secrets
 * are only ever logged through the redactor, which knows every bucket secret.
 */
public final class CloudCopyStatements {
    private CloudCopyStatements() {
    }

    /** The warehouses with a statement here. */
    public static final List<String> WAREHOUSES = List.of("snowflake", "databricks", "redshift", "bigquery");
    private static final java.util.Set<String> CLOUD = java.util.Set.of("s3", "gcs", "azure");

    /** Whether {@code warehouse} can load Parquet from a bucket of {@code bucketType}. */
    public static boolean supports(String warehouse, String bucketType) {
        return switch (warehouse.toLowerCase(Locale.ROOT)) {
            case "snowflake", "databricks" -> CLOUD.contains(bucketType);
            case "redshift" -> bucketType.equals("s3");
            case "bigquery" -> bucketType.equals("gcs");
            default -> false;
        };
    }

    /**
     * The statement that loads every Parquet file under {@code directoryKey} of {@code bucket}
     * into the (empty) {@code table} of {@code warehouse}.
     */
    public static String forBucket(String warehouse, String table, BucketConfig bucket, String directoryKey) {
        CloudLocation location = CloudLocation.of(bucket);
        String w = warehouse.toLowerCase(Locale.ROOT);
        if (!supports(w, bucket.type())) {
            throw new DvtException(ErrorCode.FEDERATION, w + " cannot load from a " + bucket.type() + " bucket ('"
                    + bucket.name() + "' in buckets.yml)");
        }
        String dir = directoryKey.endsWith("/") ? directoryKey : directoryKey + "/";
        String uri = location.warehouseUri(w, dir);
        return switch (w) {
            case "snowflake" -> snowflake(table, uri, bucket);
            case "databricks" -> databricks(table, uri, bucket);
            case "redshift" -> redshift(table, uri, (BucketConfig.S3) bucket);
            default -> bigQuery(table, uri + "*.parquet", false);
        };
    }

    /** Snowflake: {@code COPY INTO t FROM 'uri' <access> FILE_FORMAT = (TYPE = PARQUET) MATCH_BY_COLUMN_NAME …}. */
    public static String snowflake(String table, String uri, String storageIntegration) {
        return snowflakeWith(table, uri, storageIntegration == null ? "" : " STORAGE_INTEGRATION = " + storageIntegration);
    }

    static String snowflake(String table, String uri, BucketConfig bucket) {
        String access;
        if (integration(bucket).isPresent()) {
            access = " STORAGE_INTEGRATION = " + integration(bucket).get();
        } else if (bucket instanceof BucketConfig.S3 s3 && s3.accessKeyId() != null && s3.secretAccessKey() != null) {
            access = " CREDENTIALS = (AWS_KEY_ID = " + literal(s3.accessKeyId()) + " AWS_SECRET_KEY = "
                    + literal(s3.secretAccessKey())
                    + (s3.sessionToken() == null ? "" : " AWS_TOKEN = " + literal(s3.sessionToken())) + ")";
        } else if (bucket instanceof BucketConfig.Azure azure && azure.sasToken() != null) {
            access = " CREDENTIALS = (AZURE_SAS_TOKEN = " + literal(azure.sasToken()) + ")";
        } else {
            throw needsAccess("Snowflake", bucket, bucket instanceof BucketConfig.Gcs
                    ? "set storage_integration (Snowflake reads GCS only through a storage integration)"
                    : bucket instanceof BucketConfig.Azure ? "set storage_integration or sas_token"
                    : "set storage_integration, or access_key_id and secret_access_key");
        }
        return snowflakeWith(table, uri, access);
    }

    private static String snowflakeWith(String table, String uri, String access) {
        requireNonNull(table, "table is null");
        requireNonNull(uri, "uri is null");
        return "COPY INTO " + table + " FROM " + literal(uri) + access
                + " FILE_FORMAT = (TYPE = PARQUET) MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE"
                + " PATTERN = '.*[.]parquet'";
    }

    /** Databricks: {@code COPY INTO t FROM 'uri' FILEFORMAT = PARQUET}. */
    public static String databricks(String table, String uri) {
        return databricksWith(table, uri, "");
    }

    static String databricks(String table, String uri, BucketConfig bucket) {
        List<String> options = new ArrayList<>();
        if (integration(bucket).isPresent()) {
            return databricksWith(table, uri, " WITH (CREDENTIAL " + integration(bucket).get() + ")");
        }
        if (bucket instanceof BucketConfig.S3 s3 && s3.accessKeyId() != null && s3.secretAccessKey() != null) {
            options.add("AWS_ACCESS_KEY = " + literal(s3.accessKeyId()));
            options.add("AWS_SECRET_KEY = " + literal(s3.secretAccessKey()));
            if (s3.sessionToken() != null) {
                options.add("AWS_SESSION_TOKEN = " + literal(s3.sessionToken()));
            }
        } else if (bucket instanceof BucketConfig.Azure azure && azure.sasToken() != null) {
            options.add("AZURE_SAS_TOKEN = " + literal(azure.sasToken()));
        }
        // Without keys, the workspace's external location (Unity Catalog) grants access.
        return databricksWith(table, uri, options.isEmpty() ? ""
                : " WITH (CREDENTIAL (" + String.join(", ", options) + "))");
    }

    private static String databricksWith(String table, String uri, String access) {
        requireNonNull(table, "table is null");
        requireNonNull(uri, "uri is null");
        return "COPY INTO " + table + " FROM " + literal(uri) + access + " FILEFORMAT = PARQUET"
                + " PATTERN = '*.parquet' COPY_OPTIONS ('mergeSchema' = 'true')";
    }

    /** Redshift: {@code COPY t FROM 's3://…' IAM_ROLE '…' FORMAT AS PARQUET}. */
    public static String redshift(String table, String s3Uri, String iamRole, String region) {
        requireNonNull(iamRole, "iamRole is null");
        return redshiftWith(table, s3Uri, " IAM_ROLE " + literal(iamRole), region);
    }

    static String redshift(String table, String s3Uri, BucketConfig.S3 s3) {
        if (s3.iamRole() != null) {
            return redshift(table, s3Uri, s3.iamRole(), s3.region());
        }
        if (s3.accessKeyId() == null || s3.secretAccessKey() == null) {
            throw needsAccess("Redshift", s3, "set iam_role, or access_key_id and secret_access_key");
        }
        String access = " ACCESS_KEY_ID " + literal(s3.accessKeyId()) + " SECRET_ACCESS_KEY "
                + literal(s3.secretAccessKey())
                + (s3.sessionToken() == null ? "" : " SESSION_TOKEN " + literal(s3.sessionToken()));
        return redshiftWith(table, s3Uri, access, s3.region());
    }

    private static String redshiftWith(String table, String s3Uri, String access, String region) {
        requireNonNull(table, "table is null");
        requireNonNull(s3Uri, "s3Uri is null");
        return "COPY " + table + " FROM " + literal(s3Uri) + access + " FORMAT AS PARQUET"
                + (region == null ? "" : " REGION " + literal(region));
    }

    /** BigQuery: {@code LOAD DATA OVERWRITE|INTO t FROM FILES (format = 'PARQUET', uris = […])}. */
    public static String bigQuery(String table, String gcsUri, boolean overwrite) {
        requireNonNull(table, "table is null");
        requireNonNull(gcsUri, "gcsUri is null");
        return "LOAD DATA " + (overwrite ? "OVERWRITE " : "INTO ") + table
                + " FROM FILES (format = 'PARQUET', uris = [" + literal(gcsUri) + "])";
    }

    private static Optional<String> integration(BucketConfig bucket) {
        String name = bucket instanceof BucketConfig.S3 s3 ? s3.storageIntegration()
                : bucket instanceof BucketConfig.Gcs gcs ? gcs.storageIntegration()
                : bucket instanceof BucketConfig.Azure azure ? azure.storageIntegration() : null;
        return Optional.ofNullable(name).filter(n -> !n.isBlank());
    }

    private static DvtException needsAccess(String warehouse, BucketConfig bucket, String fix) {
        return new DvtException(ErrorCode.FEDERATION, warehouse + " cannot read staging bucket '" + bucket.name()
                + "' of buckets.yml: it has no access configured for the warehouse; " + fix + ".");
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

}
