package dev.dvt.federation.cloud.gcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.dvt.core.DvtException;
import dev.dvt.core.config.BucketConfig;
import dev.dvt.federation.cloud.ObjectStore;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the GCS JSON API's error answers become staging errors, through the real client against a
 * loopback endpoint that answers every request with one status, as GCS does.
 */
class GcsObjectStoreErrorsTest {
    private HttpServer server;
    private volatile int status;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = ("{\"error\":{\"code\":" + status + ",\"message\":\"refused\"}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ObjectStore store() {
        return new GcsObjectStore(new BucketConfig.Gcs("lake", "gstage", "stg", "proj", null, null, false, null,
                "http://127.0.0.1:" + server.getAddress().getPort()));
    }

    @Test
    void notFoundIsAMissingBucket() {
        status = 404;
        try (ObjectStore store = store()) {
            assertThatThrownBy(() -> store.list("stg/_state/")).isInstanceOf(DvtException.class)
                    .hasMessageStartingWith("Staging bucket 'lake' (gs://gstage/stg) in buckets.yml: listing stg/_state/"
                            + " failed: the bucket 'gstage' does not exist. Create it, or fix `bucket:` of that entry.")
                    .hasMessageEndingWith("(HTTP 404)");
        }
    }

    @Test
    void anotherHttpAnswerIsAStoreErrorWithItsStatusNotAnUnreachableStore() {
        status = 400;
        try (ObjectStore store = store()) {
            assertThatThrownBy(() -> store.list("stg/_state/"))
                    .hasMessageContaining("listing stg/_state/ failed: the store reported an error.")
                    .hasMessageEndingWith("(HTTP 400)");
        }
    }

    @Test
    void anUnreachableStoreIsReportedWithinSeconds() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        long start = System.nanoTime();
        try (ObjectStore store = new GcsObjectStore(new BucketConfig.Gcs("lake", "gstage", "stg", "proj", null, null,
                false, null, "http://127.0.0.1:" + port))) {
            assertThatThrownBy(() -> store.list("stg/_state/")).isInstanceOf(DvtException.class)
                    .hasMessageContaining("listing stg/_state/ failed")
                    .hasMessageContaining("cannot be reached");
        }
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(15));
    }

    @Test
    void unauthorizedAndForbiddenAreRefusedCredentials() {
        for (int code : new int[] {401, 403}) {
            status = code;
            try (ObjectStore store = store()) {
                assertThatThrownBy(() -> store.put("stg/_state/probe", new byte[0]))
                        .hasMessageContaining("writing stg/_state/probe failed: the store refused the credentials")
                        .hasMessageContaining("keyfile / keyfile_json / use_application_default")
                        .hasMessageContaining("(HTTP " + code);
            }
        }
    }
}
