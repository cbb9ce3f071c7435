package dev.dvt.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.core.config.BucketConfig;
import dev.dvt.core.dialect.DialectRegistry;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.spi.LoadRequest;
import dev.dvt.spi.TableLoader;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The warehouses cannot run here, so this checks what can be checked without them: each one's
 * connector loads from a cloud bucket with its own COPY statement, and only from bucket types it
 * can read; the local databases keep their local bulk paths.
 */
class CloudCopyLoaderTest {
    private static final BucketConfig.S3 S3 = new BucketConfig.S3("lake", "b1", "stg", "us-east-1", "AKIAX", "s3cr3t",
            null, null, false, null, null, false);
    private static final BucketConfig.Gcs GCS = new BucketConfig.Gcs("g", "gb", null, null, null, null, false, "gint", null);

    private static TableLoader loaderOf(String type) {
        return FederationConnectors.discovered().forType(type).loader();
    }

    @Test
    void warehousesReadFromTheBucketTypesTheirCopySupports() {
        assertThat(loaderOf("snowflake").readsFromBucket("s3")).isTrue();
        assertThat(loaderOf("snowflake").readsFromBucket("gcs")).isTrue();
        assertThat(loaderOf("databricks").readsFromBucket("azure")).isTrue();
        assertThat(loaderOf("redshift").readsFromBucket("s3")).isTrue();
        assertThat(loaderOf("redshift").readsFromBucket("azure")).isFalse();
        assertThat(loaderOf("bigquery").readsFromBucket("gcs")).isTrue();
        assertThat(loaderOf("bigquery").readsFromBucket("s3")).isFalse();
        for (String local : List.of("postgres", "mysql", "mariadb", "duckdb", "sqlserver")) {
            assertThat(loaderOf(local).readsFromBucket("s3")).as(local).isFalse();
        }
    }

    @Test
    void copyStatementNamesTheLoadTableInTheWarehousesQuoting() {
        CloudCopyLoader snowflake = (CloudCopyLoader) loaderOf("snowflake");
        LoadRequest request = request("snowflake", S3, "stg/_results/model.p.m/u1/");
        assertThat(snowflake.copyStatement(request, new RelationName("DB", "S", "T__dvt_tmp")))
                .startsWith("COPY INTO \"DB\".\"S\".\"T__dvt_tmp\" FROM 's3://b1/stg/_results/model.p.m/u1/'"
                        + " CREDENTIALS = (AWS_KEY_ID = 'AKIAX'");
        CloudCopyLoader bigquery = (CloudCopyLoader) loaderOf("bigquery");
        assertThat(bigquery.copyStatement(request("bigquery", GCS, "_results/m/u1"), new RelationName("p", "d", "t")))
                .isEqualTo("LOAD DATA INTO `p`.`d`.`t` FROM FILES (format = 'PARQUET',"
                        + " uris = ['gs://gb/_results/m/u1/*.parquet'])");
        CloudCopyLoader databricks = (CloudCopyLoader) loaderOf("databricks");
        assertThat(databricks.copyStatement(request("databricks", S3, "stg/r"), new RelationName(null, "s", "t")))
                .startsWith("COPY INTO `s`.`t` FROM 's3://b1/stg/r/' WITH (CREDENTIAL (");
        CloudCopyLoader redshift = (CloudCopyLoader) loaderOf("redshift");
        assertThat(redshift.copyStatement(request("redshift", S3, "stg/r"), new RelationName(null, "s", "t")))
                .startsWith("COPY \"s\".\"t\" FROM 's3://b1/stg/r/' ACCESS_KEY_ID 'AKIAX'");
    }

    private static LoadRequest request(String type, BucketConfig bucket, String dir) {
        return LoadRequest.table(() -> {
            throw new SQLException("no " + type + " here");
        }, DialectRegistry.forType(type), new RelationName(null, "s", "t"), List.of(Path.of("r.parquet")))
                .withBucketCopy(new LoadRequest.BucketCopy(bucket, CloudLocation.of(bucket), dir));
    }
}
