package dev.dvt.core.bulk;

import static java.util.Objects.requireNonNull;

/**
 * The bulk-load statements of the cloud warehouses, which read Parquet straight from the staging
 * bucket. {@code table} is already quoted for the warehouse; {@code uri} is the bucket location
 * in the warehouse's own form ({@code s3://}, {@code gcs://}, {@code azure://}, {@code gs://}).
 * Credentials are never written into the text here: Snowflake and Databricks read through a named
 * storage integration or external location, Redshift through an IAM role.
 */
public final class CloudCopyStatements {
    private CloudCopyStatements() {
    }

    /** Snowflake: {@code COPY INTO t FROM 'uri' … FILE_FORMAT = (TYPE = PARQUET) MATCH_BY_COLUMN_NAME}. */
    public static String snowflake(String table, String uri, String storageIntegration) {
        requireNonNull(table, "table is null");
        requireNonNull(uri, "uri is null");
        return "COPY INTO " + table + " FROM " + literal(uri)
                + (storageIntegration == null ? "" : " STORAGE_INTEGRATION = " + storageIntegration)
                + " FILE_FORMAT = (TYPE = PARQUET) MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE"
                + " PATTERN = '.*[.]parquet'";
    }

    /** Databricks: {@code COPY INTO t FROM 'uri' FILEFORMAT = PARQUET}. */
    public static String databricks(String table, String uri) {
        requireNonNull(table, "table is null");
        requireNonNull(uri, "uri is null");
        return "COPY INTO " + table + " FROM " + literal(uri) + " FILEFORMAT = PARQUET"
                + " PATTERN = '*.parquet' COPY_OPTIONS ('mergeSchema' = 'true')";
    }

    /** Redshift: {@code COPY t FROM 's3://…' IAM_ROLE '…' FORMAT AS PARQUET}. */
    public static String redshift(String table, String s3Uri, String iamRole, String region) {
        requireNonNull(table, "table is null");
        requireNonNull(s3Uri, "s3Uri is null");
        requireNonNull(iamRole, "iamRole is null");
        return "COPY " + table + " FROM " + literal(s3Uri) + " IAM_ROLE " + literal(iamRole)
                + " FORMAT AS PARQUET" + (region == null ? "" : " REGION " + literal(region));
    }

    /** BigQuery: {@code LOAD DATA OVERWRITE|INTO t FROM FILES (format = 'PARQUET', uris = […])}. */
    public static String bigQuery(String table, String gcsUri, boolean overwrite) {
        requireNonNull(table, "table is null");
        requireNonNull(gcsUri, "gcsUri is null");
        return "LOAD DATA " + (overwrite ? "OVERWRITE " : "INTO ") + table
                + " FROM FILES (format = 'PARQUET', uris = [" + literal(gcsUri) + "])";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
