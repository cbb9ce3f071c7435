package dev.dvt.it.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.core.config.BucketConfig;
import dev.dvt.federation.cloud.ObjectInfo;
import dev.dvt.federation.cloud.ObjectStore;
import dev.dvt.federation.cloud.ObjectStores;
import dev.dvt.it.DvtProcess;
import dev.dvt.it.TestingMariaDbServer;
import dev.dvt.it.TestingPostgresServer;
import dev.dvt.it.federation.OrdersAndCustomers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `dvt run` of a model joining PostgreSQL and MariaDB into PostgreSQL, staged through a cloud
 * bucket (an emulator on loopback) with the fat jar: the data and state land in the bucket, a
 * second run on a machine with no local cache skips extraction, `dvt debug` probes the bucket,
 * `dvt clean` empties the prefix, and bad settings fail with an error naming the bucket, leaving
 * the target as it was.
 */
abstract class BaseCloudStagingCliIT {
    static final String SOURCE = "source.fed.crm.orders";

    @TempDir
    Path project;

    TestingPostgresServer postgres;
    TestingMariaDbServer mariadb;

    /** The buckets.yml entry (YAML flow map) of a working bucket. */
    abstract String bucketEntry();

    /** The same bucket with a wrong secret; the secret's value is returned by {@link #wrongSecret()}. */
    abstract String badCredentialsEntry();

    abstract String wrongSecret();

    abstract String missingBucketEntry();

    abstract String unreachableEntry() throws Exception;

    /** The entry as DVT parses it, to look into the bucket with DVT's own client. */
    abstract BucketConfig bucketConfig();

    @BeforeEach
    void setUpDatabases() throws Exception {
        postgres = new TestingPostgresServer();
        mariadb = new TestingMariaDbServer();
        OrdersAndCustomers.create(project, postgres, mariadb, "");
        Files.writeString(project.resolve("models/revenue.sql"), OrdersAndCustomers.REVENUE_SQL);
        writeBuckets(bucketEntry());
    }

    @AfterEach
    void tearDownDatabases() {
        postgres.close();
        mariadb.close();
    }

    void writeBuckets(String entry) throws Exception {
        Files.writeString(project.resolve("buckets.yml"), "fed:\n  target: lake\n  buckets:\n    lake: " + entry + "\n");
    }

    @Test
    void stagesThroughTheBucketAndSkipsUnchangedInputsOnTheNextRun() throws Exception {
        DvtProcess.Result run = DvtProcess.run(project, Map.of(), "run", "--no-color");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("1 models via federation").contains("OK created sql table model analytics.revenue");
        List<String> expected = List.of("APAC|199|150145.50", "EU|398|300589.50", "US|397|299983.50");
        assertThat(revenue()).isEqualTo(expected);

        ObjectInfo part;
        try (ObjectStore store = ObjectStores.open(bucketConfig())) {
            String prefix = store.location().directoryKey("");
            List<String> keys = store.list(prefix).stream().map(ObjectInfo::key).toList();
            assertThat(keys).anyMatch(k -> k.matches(prefix + SOURCE + "/[0-9a-f]+/part-0\\.parquet"))
                    .anyMatch(k -> k.matches(prefix + "_state/" + SOURCE + "\\.[0-9a-f]+\\.state\\.json"))
                    .anyMatch(k -> k.startsWith(prefix + "source.fed.shop.customers/"))
                    // Compute results are removed after the load.
                    .noneMatch(k -> k.startsWith(prefix + "_results/"));
            part = store.list(prefix + SOURCE + "/").stream().filter(o -> o.name().equals("part-0.parquet"))
                    .findFirst().orElseThrow();
        }
        assertThat(Files.isDirectory(project.resolve(".dvt/staging-cache/lake"))).isTrue();

        // Another machine: no local cache. The state in the bucket says the inputs are unchanged.
        deleteTree(project.resolve(".dvt"));
        DvtProcess.Result again = DvtProcess.run(project, Map.of(), "run", "--no-color");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(revenue()).isEqualTo(expected);
        try (ObjectStore store = ObjectStores.open(bucketConfig())) {
            // The row hashes matched (delta by primary key): the staged part was not replaced.
            ObjectInfo after = store.stat(part.key()).orElseThrow();
            assertThat(after.lastModified()).as("the input was staged again").isEqualTo(part.lastModified());
            assertThat(after.etag()).isEqualTo(part.etag());
        }

        DvtProcess.Result debug = DvtProcess.run(project, Map.of(), "debug", "--no-color");
        assertThat(debug.output()).contains("bucket lake (" + bucketConfig().type()).contains("[OK reachable, writable]");

        DvtProcess.Result clean = DvtProcess.run(project, Map.of(), "clean", "--no-color", "--bucket", "lake");
        assertThat(clean.exitCode()).as(clean.output()).isZero();
        assertThat(clean.output()).contains("Cleaned staging of bucket 'lake'");
        try (ObjectStore store = ObjectStores.open(bucketConfig())) {
            assertThat(store.list(store.location().directoryKey(""))).isEmpty();
        }
    }

    @Test
    void badSettingsFailNamingTheBucketAndLeaveTheTargetAlone() throws Exception {
        assertThat(DvtProcess.run(project, Map.of(), "run", "--no-color").exitCode()).isZero();
        postgres.execute("insert into crm.orders values (5000, 1, 99)");

        writeBuckets(badCredentialsEntry());
        DvtProcess.Result denied = DvtProcess.run(project, Map.of(), "run", "--no-color", "--full-refresh");
        assertThat(denied.exitCode()).as(denied.output()).isEqualTo(1);
        assertThat(denied.output()).contains("Staging bucket 'lake'").contains("in buckets.yml")
                .contains("refused the credentials").doesNotContain(wrongSecret());
        assertThat(Files.readString(project.resolve("target/run_results.json"))).doesNotContain(wrongSecret());
        assertThat(debugOutput()).contains("[ERROR]").doesNotContain(wrongSecret());

        writeBuckets(missingBucketEntry());
        DvtProcess.Result missing = DvtProcess.run(project, Map.of(), "run", "--no-color", "--full-refresh");
        assertThat(missing.exitCode()).as(missing.output()).isEqualTo(1);
        assertThat(missing.output()).contains("Staging bucket 'lake'").contains("does not exist");

        writeBuckets(unreachableEntry());
        DvtProcess.Result unreachable = DvtProcess.run(project, Map.of(), "run", "--no-color", "--full-refresh");
        assertThat(unreachable.exitCode()).as(unreachable.output()).isEqualTo(1);
        assertThat(unreachable.output()).contains("Staging bucket 'lake'").contains("cannot be reached");

        // The target still holds the first run's rows (without the order added since).
        assertThat(revenue()).contains("US|397|299983.50");
    }

    private String debugOutput() throws Exception {
        return DvtProcess.run(project, Map.of(), "debug", "--no-color", "--debug-bucket", "lake").output();
    }

    List<String> revenue() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection pg = postgres.connect();
                ResultSet rs = pg.createStatement().executeQuery("select region, orders, revenue from analytics.revenue order by 1")) {
            while (rs.next()) {
                out.add(rs.getString(1) + "|" + rs.getLong(2) + "|" + new java.math.BigDecimal(rs.getString(3)).setScale(2));
            }
        }
        return out;
    }

    static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
