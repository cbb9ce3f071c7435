package dev.dvt.it.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.dvt.it.DvtProcess;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fat jar carries a working GCS client despite the dependencies trimmed from it: `dvt debug`
 * of a gcs bucket sends real JSON API requests (to a loopback endpoint that answers as GCS does
 * for a bucket that does not exist) and reports our error, not a missing class.
 */
class GcsFatJarIT {
    @TempDir
    Path project;
    private HttpServer server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void startEndpoint() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            byte[] body = "{\"error\":{\"code\":404,\"message\":\"The specified bucket does not exist.\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        Files.writeString(project.resolve("dbt_project.yml"), "name: fed\nversion: '1.0'\nconfig-version: 2\nprofile: fed\n");
        Files.writeString(project.resolve("profiles.yml"), "fed:\n  target: dev\n  outputs:\n    dev: {type: duckdb, path: "
                + project.resolve("dev.duckdb") + "}\n");
        Files.writeString(project.resolve("buckets.yml"), "fed:\n  target: lake\n  buckets:\n    lake: {type: gcs,"
                + " bucket: no-such-bucket, prefix: stg, project: p1, endpoint: 'http://127.0.0.1:"
                + server.getAddress().getPort() + "'}\n");
    }

    @AfterEach
    void stopEndpoint() {
        server.stop(0);
    }

    @Test
    void debugReachesTheEndpointAndNamesTheMissingBucket() throws Exception {
        DvtProcess.Result debug = DvtProcess.run(project, Map.of(), "debug", "--no-color", "--debug-bucket", "lake");
        assertThat(debug.output()).contains("bucket lake (gcs gs://no-such-bucket/stg) [ERROR]")
                .contains("Staging bucket 'lake' (gs://no-such-bucket/stg) in buckets.yml")
                .contains("the bucket 'no-such-bucket' does not exist. Create it, or fix `bucket:` of that entry.")
                .doesNotContain("NoClassDefFound").doesNotContain("ClassNotFound");
        assertThat(requests).anyMatch(r -> r.startsWith("GET /storage/v1/b/no-such-bucket/o"));
    }
}
