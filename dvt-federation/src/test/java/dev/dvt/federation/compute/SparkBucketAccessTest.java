package dev.dvt.federation.compute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.core.config.BucketConfig;
import dev.dvt.core.config.ComputeConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkBucketAccessTest {
    private static final List<Path> ALL_CONNECTORS = List.of(Path.of("/c/hadoop-aws-3.4.1.jar"),
            Path.of("/c/hadoop-azure-3.4.1.jar"), Path.of("/c/gcs-connector-3.0.4-shaded.jar"));

    private static BucketConfig.S3 s3(String endpoint, boolean pathStyle, String key, String secret, String token) {
        return new BucketConfig.S3("lake", "stage", "p", "eu-west-1", key, secret, token, null, false, null,
                endpoint, pathStyle);
    }

    private static BucketConfig.Azure azure(String key, String sas, String clientSecret, boolean msi) {
        return new BucketConfig.Azure("az", "c", "acct", "p", key, sas, clientSecret == null ? null : "client-1",
                clientSecret, clientSecret == null ? null : "tenant-1", msi, null, null);
    }

    private static BucketConfig.Gcs gcs(String keyfile, String keyfileJson, String endpoint) {
        return new BucketConfig.Gcs("g", "gstage", "p", "proj-1", keyfile, keyfileJson, false, null, endpoint);
    }

    @Test
    void s3SettingsArePerBucketWithEndpointPathStyleAndStaticKeys() {
        Map<String, String> settings = SparkBucketAccess.hadoopSettings(
                List.of(s3("http://127.0.0.1:9000", true, "AKIA1", "s3-s3cret", null)));
        String p = "spark.hadoop.fs.s3a.bucket.stage.";
        assertThat(settings).containsExactlyInAnyOrderEntriesOf(Map.of(
                "spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false",
                p + "endpoint.region", "eu-west-1",
                p + "endpoint", "http://127.0.0.1:9000",
                p + "connection.ssl.enabled", "false",
                p + "path.style.access", "true",
                p + "access.key", "AKIA1",
                p + "secret.key", "s3-s3cret",
                p + "aws.credentials.provider", "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider"));
    }

    @Test
    void s3SessionTokenUsesTemporaryCredentialsAndNoKeysLeaveTheDefaultChain() {
        String p = "spark.hadoop.fs.s3a.bucket.stage.";
        assertThat(SparkBucketAccess.hadoopSettings(List.of(s3(null, false, "AKIA1", "s3-s3cret", "tok-en"))))
                .containsEntry(p + "session.token", "tok-en")
                .containsEntry(p + "aws.credentials.provider", "org.apache.hadoop.fs.s3a.TemporaryAWSCredentialsProvider")
                .doesNotContainKeys(p + "endpoint", p + "path.style.access", p + "connection.ssl.enabled");
        assertThat(SparkBucketAccess.hadoopSettings(List.of(s3("https://minio:9000", false, null, null, null))))
                .containsEntry(p + "endpoint", "https://minio:9000")
                .doesNotContainKeys(p + "connection.ssl.enabled", p + "access.key", p + "secret.key",
                        p + "aws.credentials.provider");
    }

    @Test
    void azureSettingsArePerStorageAccountForEachKindOfCredential() {
        String host = "acct.dfs.core.windows.net";
        assertThat(SparkBucketAccess.hadoopSettings(List.of(azure("az-key", null, null, false))))
                .containsEntry("spark.hadoop.fs.azure.account.key." + host, "az-key");
        assertThat(SparkBucketAccess.hadoopSettings(List.of(azure(null, "sv=1&sig=x", null, false))))
                .containsEntry("spark.hadoop.fs.azure.account.auth.type." + host, "SAS")
                .containsEntry("spark.hadoop.fs.azure.sas.fixed.token." + host, "sv=1&sig=x");
        assertThat(SparkBucketAccess.hadoopSettings(List.of(azure(null, null, "cl-secret", false))))
                .containsEntry("spark.hadoop.fs.azure.account.auth.type." + host, "OAuth")
                .containsEntry("spark.hadoop.fs.azure.account.oauth.provider.type." + host,
                        "org.apache.hadoop.fs.azurebfs.oauth2.ClientCredsTokenProvider")
                .containsEntry("spark.hadoop.fs.azure.account.oauth2.client.id." + host, "client-1")
                .containsEntry("spark.hadoop.fs.azure.account.oauth2.client.secret." + host, "cl-secret")
                .containsEntry("spark.hadoop.fs.azure.account.oauth2.client.endpoint." + host,
                        "https://login.microsoftonline.com/tenant-1/oauth2/token");
        assertThat(SparkBucketAccess.hadoopSettings(List.of(azure(null, null, null, true))))
                .containsEntry("spark.hadoop.fs.azure.account.oauth.provider.type." + host,
                        "org.apache.hadoop.fs.azurebfs.oauth2.MsiTokenProvider");
    }

    @Test
    void gcsSettingsUseTheKeyfileElseApplicationDefaultCredentials() {
        assertThat(SparkBucketAccess.hadoopSettings(List.of(gcs("/keys/sa.json", null, null))))
                .containsEntry("spark.hadoop.fs.gs.project.id", "proj-1")
                .containsEntry("spark.hadoop.fs.gs.auth.type", "SERVICE_ACCOUNT_JSON_KEYFILE")
                .containsEntry("spark.hadoop.fs.gs.auth.service.account.json.keyfile", "/keys/sa.json");
        assertThat(SparkBucketAccess.hadoopSettings(List.of(gcs(null, null, null))))
                .containsEntry("spark.hadoop.fs.gs.auth.type", "APPLICATION_DEFAULT")
                .doesNotContainKey("spark.hadoop.fs.gs.auth.service.account.json.keyfile");
    }

    @Test
    void filesystemBucketsNeedNoSettings() {
        assertThat(SparkBucketAccess.hadoopSettings(List.of(new BucketConfig.Filesystem("local", Path.of("/s")))))
                .isEmpty();
    }

    @Test
    void theWorkerReadsABucketOnlyWithItsConnectorAndSettingsItCanExpress() {
        assertThat(SparkBucketAccess.canRead(s3(null, false, null, null, null), ALL_CONNECTORS)).isTrue();
        assertThat(SparkBucketAccess.canRead(s3(null, false, null, null, null), List.of())).isFalse();
        assertThat(SparkBucketAccess.canRead(azure("k", null, null, false), ALL_CONNECTORS)).isTrue();
        // No credential Hadoop can use.
        assertThat(SparkBucketAccess.canRead(azure(null, null, null, false), ALL_CONNECTORS)).isFalse();
        assertThat(SparkBucketAccess.canRead(gcs("/k.json", null, null), ALL_CONNECTORS)).isTrue();
        // Inline key JSON and custom endpoints have no Hadoop setting: the worker reads local copies.
        assertThat(SparkBucketAccess.canRead(gcs(null, "{\"k\":1}", null), ALL_CONNECTORS)).isFalse();
        assertThat(SparkBucketAccess.canRead(gcs(null, null, "http://127.0.0.1:4443"), ALL_CONNECTORS)).isFalse();
        assertThat(SparkBucketAccess.canRead(new BucketConfig.Filesystem("l", Path.of("/s")), ALL_CONNECTORS)).isFalse();
    }

    @Test
    void secretsGoToTheWorkerSettingsNeverToItsCommandLine() {
        List<BucketConfig> buckets = List.of(s3(null, false, "AKIA1", "s3-s3cret", "tok-en"),
                azure("az-key-value", null, null, false), azure(null, null, "cl-secret", false));
        Map<String, String> hadoop = SparkBucketAccess.hadoopSettings(buckets);
        assertThat(hadoop).containsValues("s3-s3cret", "tok-en", "az-key-value", "cl-secret");

        SparkLaunch launch = new SparkLaunch(new ComputeConfig.Spark("s", "4.0.1", "local[*]", Map.of(),
                ComputeConfig.JdbcExtraction.DEFAULT, ComputeConfig.JdbcLoad.DEFAULT));
        String command = String.join(" ", launch.command(Path.of("java"), Path.of("worker.jar"), ALL_CONNECTORS));
        assertThat(command).doesNotContain("s3-s3cret", "tok-en", "az-key-value", "cl-secret", "fs.s3a", "fs.azure");
    }
}
