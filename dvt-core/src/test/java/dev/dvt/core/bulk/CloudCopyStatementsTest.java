package dev.dvt.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;

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
}
