package dev.dvt.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.config.BucketConfig;
import org.junit.jupiter.api.Test;

class CloudCopyStatementsTest {
    @Test
    void snowflakeCopyIntoMatchesColumnsByName() {
        assertThat(CloudCopyStatements.snowflake("\"DB\".\"S\".\"T\"", "s3://b/p/", "my_int"))
                .isEqualTo("COPY INTO \"DB\".\"S\".\"T\" FROM 's3://b/p/' STORAGE_INTEGRATION = my_int"
                        + " FILE_FORMAT = (TYPE = PARQUET) MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE"
                        + " PATTERN = '.*[.]parquet'");
    }

    @Test
    void databricksRedshiftAndBigQueryShapes() {
        assertThat(CloudCopyStatements.databricks("`c`.`s`.`t`", "abfss://x@y/p"))
                .isEqualTo("COPY INTO `c`.`s`.`t` FROM 'abfss://x@y/p' FILEFORMAT = PARQUET PATTERN = '*.parquet'"
                        + " COPY_OPTIONS ('mergeSchema' = 'true')");
        assertThat(CloudCopyStatements.redshift("\"s\".\"t\"", "s3://b/it's/", "arn:aws:iam::1:role/r", "eu-west-1"))
                .isEqualTo("COPY \"s\".\"t\" FROM 's3://b/it''s/' IAM_ROLE 'arn:aws:iam::1:role/r' FORMAT AS PARQUET"
                        + " REGION 'eu-west-1'");
        assertThat(CloudCopyStatements.bigQuery("`p.d.t`", "gs://b/p/*.parquet", true))
                .isEqualTo("LOAD DATA OVERWRITE `p.d.t` FROM FILES (format = 'PARQUET', uris = ['gs://b/p/*.parquet'])");
        assertThat(CloudCopyStatements.bigQuery("`p.d.t`", "gs://b/x", false)).startsWith("LOAD DATA INTO `p.d.t`");
    }

    private static final BucketConfig.S3 S3_KEYS = new BucketConfig.S3("lake", "b1", "stg", "eu-west-1", "AKIAX",
            "s3cr3t'x", "tok3n", null, false, null, null, false);
    private static final BucketConfig.S3 S3_ROLE = new BucketConfig.S3("lake", "b1", "stg", "eu-west-1", null, null,
            null, "arn:aws:iam::1:role/r", false, null, null, false);
    private static final BucketConfig.Azure AZ_SAS = new BucketConfig.Azure("az", "c", "acct", null, null, "sv=1&sig=2",
            null, null, null, false, null, null);
    private static final BucketConfig.Gcs GCS_INT = new BucketConfig.Gcs("g", "gb", "p", null, null, null, false, "gint", null);

    @Test
    void snowflakeUsesTheIntegrationOrTheBucketsKeys() {
        assertThat(CloudCopyStatements.forBucket("snowflake", "T", S3_KEYS, "stg/_results/m/1"))
                .isEqualTo("COPY INTO T FROM 's3://b1/stg/_results/m/1/' CREDENTIALS = (AWS_KEY_ID = 'AKIAX'"
                        + " AWS_SECRET_KEY = 's3cr3t''x' AWS_TOKEN = 'tok3n') FILE_FORMAT = (TYPE = PARQUET)"
                        + " MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE PATTERN = '.*[.]parquet'");
        assertThat(CloudCopyStatements.forBucket("snowflake", "T", AZ_SAS, "r/"))
                .isEqualTo("COPY INTO T FROM 'azure://acct.blob.core.windows.net/c/r/' CREDENTIALS = (AZURE_SAS_TOKEN ="
                        + " 'sv=1&sig=2') FILE_FORMAT = (TYPE = PARQUET) MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE"
                        + " PATTERN = '.*[.]parquet'");
        assertThat(CloudCopyStatements.forBucket("snowflake", "T", GCS_INT, "p/r"))
                .startsWith("COPY INTO T FROM 'gcs://gb/p/r/' STORAGE_INTEGRATION = gint FILE_FORMAT");
        assertThatThrownBy(() -> CloudCopyStatements.forBucket("snowflake", "T",
                new BucketConfig.Gcs("g", "gb", null, null, null, null, false, null, null), "r"))
                .isInstanceOf(DvtException.class).hasMessageContaining("'g' of buckets.yml")
                .hasMessageContaining("storage_integration");
    }

    @Test
    void databricksPassesTemporaryCredentialsOrANamedOne() {
        assertThat(CloudCopyStatements.forBucket("databricks", "`s`.`t`", S3_KEYS, "stg/r"))
                .isEqualTo("COPY INTO `s`.`t` FROM 's3://b1/stg/r/' WITH (CREDENTIAL (AWS_ACCESS_KEY = 'AKIAX',"
                        + " AWS_SECRET_KEY = 's3cr3t''x', AWS_SESSION_TOKEN = 'tok3n')) FILEFORMAT = PARQUET"
                        + " PATTERN = '*.parquet' COPY_OPTIONS ('mergeSchema' = 'true')");
        assertThat(CloudCopyStatements.forBucket("databricks", "t", AZ_SAS, "r"))
                .contains("FROM 'abfss://c@acct.dfs.core.windows.net/r/' WITH (CREDENTIAL (AZURE_SAS_TOKEN = 'sv=1&sig=2'))");
        assertThat(CloudCopyStatements.forBucket("databricks", "t", GCS_INT, "p/r"))
                .contains("FROM 'gs://gb/p/r/' WITH (CREDENTIAL gint) FILEFORMAT");
    }

    @Test
    void redshiftPrefersTheIamRoleAndBigQueryReadsGcsOnly() {
        assertThat(CloudCopyStatements.forBucket("redshift", "\"s\".\"t\"", S3_ROLE, "stg/r"))
                .isEqualTo("COPY \"s\".\"t\" FROM 's3://b1/stg/r/' IAM_ROLE 'arn:aws:iam::1:role/r' FORMAT AS PARQUET"
                        + " REGION 'eu-west-1'");
        assertThat(CloudCopyStatements.forBucket("redshift", "t", S3_KEYS, "stg/r"))
                .isEqualTo("COPY t FROM 's3://b1/stg/r/' ACCESS_KEY_ID 'AKIAX' SECRET_ACCESS_KEY 's3cr3t''x'"
                        + " SESSION_TOKEN 'tok3n' FORMAT AS PARQUET REGION 'eu-west-1'");
        assertThat(CloudCopyStatements.forBucket("bigquery", "`p.d.t`", GCS_INT, "p/r"))
                .isEqualTo("LOAD DATA INTO `p.d.t` FROM FILES (format = 'PARQUET', uris = ['gs://gb/p/r/*.parquet'])");
        assertThat(CloudCopyStatements.supports("redshift", "gcs")).isFalse();
        assertThat(CloudCopyStatements.supports("bigquery", "s3")).isFalse();
        assertThat(CloudCopyStatements.supports("snowflake", "azure")).isTrue();
        assertThat(CloudCopyStatements.supports("postgres", "s3")).isFalse();
    }
}
