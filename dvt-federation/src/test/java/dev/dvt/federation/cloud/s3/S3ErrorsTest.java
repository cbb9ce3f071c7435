package dev.dvt.federation.cloud.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.core.config.BucketConfig;
import dev.dvt.federation.cloud.ObjectStore;
import java.net.ConnectException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.model.S3Exception;

class S3ErrorsTest {
    private final ObjectStore store = new S3ObjectStore(new BucketConfig.S3("lake", "stage", "stg", "us-east-1",
            "AKIA1", "s3-errors-secret", null, null, false, null, "http://127.0.0.1:9", true));

    @AfterEach
    void close() {
        store.close();
    }

    private static S3Exception s3(int status, String code) {
        return (S3Exception) S3Exception.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).build()).build();
    }

    @Test
    void noSuchBucketIsAMissingBucket() {
        assertThat(S3Errors.translate(store, "listing stg/", s3(404, "NoSuchBucket")).getMessage())
                .contains("Staging bucket 'lake' (s3://stage/stg) in buckets.yml: listing stg/ failed")
                .contains("the bucket 'stage' does not exist").endsWith("(HTTP 404 NoSuchBucket)");
    }

    @Test
    void refusedKeysAreAccessDeniedWithoutTheSecret() {
        for (S3Exception e : new S3Exception[] {s3(403, "AccessDenied"), s3(400, "InvalidAccessKeyId"),
                s3(400, "SignatureDoesNotMatch")}) {
            assertThat(S3Errors.translate(store, "writing k", e).getMessage())
                    .contains("refused the credentials").doesNotContain("s3-errors-secret");
        }
    }

    @Test
    void aClientFailureIsAnUnreachableStoreNamingTheRootCause() {
        SdkClientException e = SdkClientException.builder().message("Unable to execute HTTP request")
                .cause(new ConnectException("Connection refused")).build();
        assertThat(S3Errors.translate(store, "listing stg/", e).getMessage())
                .contains("the store cannot be reached. Check the network and the entry's endpoint and region.")
                .endsWith("(ConnectException: Connection refused)");
    }

    @Test
    void anotherServiceErrorKeepsItsStatusAndCode() {
        assertThat(S3Errors.translate(store, "reading k", s3(500, "InternalError")).getMessage())
                .contains("the store reported an error").endsWith("(HTTP 500 InternalError)");
    }
}
