package dev.dvt.federation.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.BucketConfig;
import dev.dvt.core.events.Redactor;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CloudFailuresTest {
    private static final String SECRET = "cloud-failures-s3cret-" + System.nanoTime();

    private final ObjectStore s3 = ObjectStores.open(new BucketConfig.S3("lake", "stage", "stg/dvt", "us-east-1",
            "AKIA1", SECRET, null, null, false, null, "http://127.0.0.1:9", true));
    private final ObjectStore gcs = ObjectStores.open(new BucketConfig.Gcs("gl", "gstage", "p", "proj", null, null,
            false, null, "http://127.0.0.1:9"));
    private final ObjectStore azure = ObjectStores.open(new BucketConfig.Azure("al", "cont", "devstoreaccount1", null,
            "a2V5", null, null, null, null, false, null, "http://127.0.0.1:9/devstoreaccount1"));

    @AfterEach
    void close() {
        s3.close();
        gcs.close();
        azure.close();
    }

    @Test
    void missingBucketNamesTheEntryTheContainerAndTheKeyToFix() {
        DvtException e = CloudFailures.missingBucket(s3, "listing stg/dvt/_state/", "HTTP 404 NoSuchBucket", null);
        assertThat(e.code()).isEqualTo(ErrorCode.FEDERATION);
        assertThat(e.getMessage()).isEqualTo("Staging bucket 'lake' (s3://stage/stg/dvt) in buckets.yml: listing"
                + " stg/dvt/_state/ failed: the bucket 'stage' does not exist. Create it, or fix `bucket:` of that"
                + " entry. (HTTP 404 NoSuchBucket)");
        assertThat(CloudFailures.missingBucket(azure, "listing _state/", "HTTP 404", null).getMessage())
                .contains("Staging bucket 'al'").contains("the container 'cont' does not exist")
                .contains("fix `container:` (and `storage_account:`) of that entry");
        assertThat(CloudFailures.missingBucket(gcs, "listing p/_state/", "HTTP 404", null).getMessage())
                .startsWith("Staging bucket 'gl' (gs://gstage/p) in buckets.yml")
                .contains("the bucket 'gstage' does not exist");
    }

    @Test
    void accessDeniedPointsAtEachStoresCredentialKeys() {
        assertThat(CloudFailures.accessDenied(s3, "writing k", "HTTP 403", null).getMessage())
                .contains("the store refused the credentials")
                .contains("access_key_id / secret_access_key / session_token")
                .contains("may list, read, write and delete objects under the prefix");
        assertThat(CloudFailures.accessDenied(gcs, "writing k", "HTTP 401", null).getMessage())
                .contains("keyfile / keyfile_json / use_application_default");
        assertThat(CloudFailures.accessDenied(azure, "writing k", "HTTP 403", null).getMessage())
                .contains("account_key or sas_token");
    }

    @Test
    void unreachableAsksForTheNetworkAndEndpointAndKeepsTheCause() {
        IOException cause = new IOException("Connection refused");
        DvtException e = CloudFailures.unreachable(s3, "listing k", "ConnectException: Connection refused", cause);
        assertThat(e.getMessage()).contains("the store cannot be reached. Check the network and the entry's endpoint"
                + " and region.").endsWith("(ConnectException: Connection refused)");
        assertThat(e.getCause()).isSameAs(cause);
        assertThat(CloudFailures.unreachable(gcs, "listing k", "x", null).getMessage())
                .contains("Check the network and the entry's endpoint.");
    }

    @Test
    void otherFailuresStillNameTheEntryAndOperation() {
        assertThat(CloudFailures.other(gcs, "downloading p/a/part-0.parquet", "HTTP 500", null).getMessage())
                .isEqualTo("Staging bucket 'gl' (gs://gstage/p) in buckets.yml: downloading p/a/part-0.parquet"
                        + " failed: the store reported an error. Check the entry's settings and the store's status,"
                        + " then run again. (HTTP 500)");
    }

    @Test
    void aSecretQuotedBackByTheStoreIsMasked() {
        Redactor.register(SECRET);
        DvtException e = CloudFailures.accessDenied(s3, "listing k",
                "SignatureDoesNotMatch for secret " + SECRET + " in request", null);
        assertThat(e.getMessage()).doesNotContain(SECRET).contains("SignatureDoesNotMatch for secret **** in request");
    }
}
