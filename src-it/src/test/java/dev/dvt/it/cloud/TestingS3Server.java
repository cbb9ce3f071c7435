package dev.dvt.it.cloud;

import java.io.IOException;
import java.util.List;

/** s3rver on loopback with one bucket; it checks signatures against the key pair S3RVER/S3RVER. */
final class TestingS3Server extends TestingEmulator {
    static final String ACCESS_KEY = "S3RVER";
    static final String SECRET_KEY = "S3RVER";

    TestingS3Server(String bucket) throws IOException, InterruptedException {
        super("s3rver", List.of("bin/s3rver.js", "-d", "{dir}/data", "-a", "127.0.0.1", "-p", "{port}", "-s",
                "--configure-bucket", bucket));
    }
}
