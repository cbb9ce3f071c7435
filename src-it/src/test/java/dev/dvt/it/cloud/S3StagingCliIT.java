package dev.dvt.it.cloud;

import dev.dvt.core.config.BucketConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Cloud staging through an S3 bucket, on s3rver. */
class S3StagingCliIT extends BaseCloudStagingCliIT {
    private static final String BUCKET = "dvt-stage";
    private static TestingS3Server s3;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = new TestingS3Server(BUCKET);
    }

    @AfterAll
    static void stopS3() {
        s3.close();
    }

    private static String entry(String bucket, String endpoint, String secret) {
        return entry(bucket, endpoint, TestingS3Server.ACCESS_KEY, secret);
    }

    private static String entry(String bucket, String endpoint, String key, String secret) {
        return "{type: s3, bucket: " + bucket + ", prefix: stg/dvt, region: us-east-1, endpoint: '" + endpoint
                + "', path_style_access: true, access_key_id: " + key + ", secret_access_key: " + secret + "}";
    }

    @Override
    String bucketEntry() {
        return entry(BUCKET, s3.endpoint(), TestingS3Server.SECRET_KEY);
    }

    @Override
    String badCredentialsEntry() {
        // s3rver checks the key id (not the signature's secret), so both are wrong here.
        return entry(BUCKET, s3.endpoint(), "NOSUCHKEY", wrongSecret());
    }

    @Override
    String wrongSecret() {
        return "wr0ng-s3cret-value";
    }

    @Override
    String missingBucketEntry() {
        return entry("no-such-bucket", s3.endpoint(), TestingS3Server.SECRET_KEY);
    }

    @Override
    String unreachableEntry() throws Exception {
        return entry(BUCKET, "http://127.0.0.1:" + TestingEmulator.closedPort(), TestingS3Server.SECRET_KEY);
    }

    @Override
    BucketConfig bucketConfig() {
        return new BucketConfig.S3("lake", BUCKET, "stg/dvt", "us-east-1", TestingS3Server.ACCESS_KEY,
                TestingS3Server.SECRET_KEY, null, null, false, null, s3.endpoint(), true);
    }
}
