package dev.dvt.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.config.BucketConfig;
import org.junit.jupiter.api.Test;

class CloudLocationTest {
    private static final BucketConfig.S3 S3 = new BucketConfig.S3("lake", "b1", "/stg/dvt/", "eu-west-1", null, null,
            null, null, false, null, null, false);
    private static final BucketConfig.Gcs GCS = new BucketConfig.Gcs("g", "gb", null, null, null, null, false, null, null);
    private static final BucketConfig.Azure AZURE = new BucketConfig.Azure("az", "cont", "acct", "p", null, null, null,
            null, null, false, null, null);

    @Test
    void keysLiveUnderTheTrimmedPrefix() {
        CloudLocation s3 = CloudLocation.of(S3);
        assertThat(s3.prefix()).isEqualTo("stg/dvt");
        assertThat(s3.key("source.p.crm.orders/ab12/part-0.parquet")).isEqualTo("stg/dvt/source.p.crm.orders/ab12/part-0.parquet");
        assertThat(s3.key("_state/x.state.json")).isEqualTo("stg/dvt/_state/x.state.json");
        assertThat(s3.directoryKey("source.p.crm.orders/ab12")).isEqualTo("stg/dvt/source.p.crm.orders/ab12/");
        assertThat(s3.relativize("stg/dvt/_state/x")).isEqualTo("_state/x");
        assertThatThrownBy(() -> s3.relativize("other/x")).isInstanceOf(IllegalArgumentException.class);

        CloudLocation gcs = CloudLocation.of(GCS);
        assertThat(gcs.key("a/b")).isEqualTo("a/b");
        assertThat(gcs.directoryKey("")).isEmpty();
        assertThat(gcs.relativize("a/b")).isEqualTo("a/b");
    }

    @Test
    void eachReaderGetsItsOwnUriForm() {
        assertThat(CloudLocation.of(S3).hadoopUri("k/part-*.parquet")).isEqualTo("s3a://b1/k/part-*.parquet");
        assertThat(CloudLocation.of(GCS).hadoopUri("k")).isEqualTo("gs://gb/k");
        assertThat(CloudLocation.of(AZURE).hadoopUri("p/k")).isEqualTo("abfss://cont@acct.dfs.core.windows.net/p/k");

        assertThat(CloudLocation.of(S3).warehouseUri("snowflake", "k/")).isEqualTo("s3://b1/k/");
        assertThat(CloudLocation.of(GCS).warehouseUri("snowflake", "k/")).isEqualTo("gcs://gb/k/");
        assertThat(CloudLocation.of(GCS).warehouseUri("bigquery", "k/")).isEqualTo("gs://gb/k/");
        assertThat(CloudLocation.of(AZURE).warehouseUri("snowflake", "p/k/")).isEqualTo("azure://acct.blob.core.windows.net/cont/p/k/");
        assertThat(CloudLocation.of(AZURE).warehouseUri("databricks", "p/k/")).isEqualTo("abfss://cont@acct.dfs.core.windows.net/p/k/");
    }

    @Test
    void displayNamesTheBucketAndPrefix() {
        assertThat(CloudLocation.of(S3).display()).isEqualTo("s3://b1/stg/dvt");
        assertThat(CloudLocation.of(GCS).display()).isEqualTo("gs://gb");
        assertThat(CloudLocation.of(AZURE).display()).isEqualTo("azure://acct/cont/p");
        assertThatThrownBy(() -> CloudLocation.of(new BucketConfig.Hdfs("h", "hdfs://x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
