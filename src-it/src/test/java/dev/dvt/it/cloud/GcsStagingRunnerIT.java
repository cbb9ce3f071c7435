package dev.dvt.it.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.bulk.FederationConnectors;
import dev.dvt.core.config.BucketConfig;
import dev.dvt.core.config.ComputeConfig;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.federation.cloud.ObjectInfo;
import dev.dvt.federation.cloud.ObjectStore;
import dev.dvt.federation.cloud.gcs.GcsObjectStore;
import dev.dvt.federation.compute.ComputeContext;
import dev.dvt.federation.compute.ComputeEngines;
import dev.dvt.federation.extract.ExtractionOutcome;
import dev.dvt.federation.plan.InputRelation;
import dev.dvt.federation.runner.EngineModelCompute;
import dev.dvt.federation.runner.FederatedInput;
import dev.dvt.federation.runner.FederatedModel;
import dev.dvt.federation.runner.FederatedModelRunner;
import dev.dvt.federation.runner.FederationResult;
import dev.dvt.federation.runner.FederationTarget;
import dev.dvt.federation.staging.StagingBucket;
import dev.dvt.federation.state.ExtractionReason;
import dev.dvt.it.TestingMariaDbServer;
import dev.dvt.it.TestingPostgresServer;
import dev.dvt.it.federation.OrdersAndCustomers;
import dev.dvt.spi.ConnectionSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model joining PostgreSQL and MariaDB into PostgreSQL, federated with embedded DuckDB through a
 * {@code type: gcs} bucket whose client is google-cloud-nio's in-process fake. The test classpath
 * carries google-cloud-storage with the same exclusions as the fat jar, so this also proves the
 * trimmed client runs.
 */
class GcsStagingRunnerIT {
    private static final String BUCKET = "dvt-stage";
    private static final String PREFIX = "stg/dvt";
    private static final String ORDERS = "source.it.crm.orders";
    private static final String CUSTOMERS = "source.it.shop.customers";
    private static final ComputeConfig COMPUTE = new ComputeConfig.DuckDb("duckdb", null, null, null,
            ComputeConfig.JdbcExtraction.DEFAULT, ComputeConfig.JdbcLoad.DEFAULT);
    private static final List<String> EXPECTED = List.of("APAC|199|150145.50", "EU|398|300589.50", "US|397|299983.50");

    @TempDir
    Path project;
    private TestingPostgresServer pg;
    private TestingMariaDbServer maria;
    private ConnectionSource pgSource;
    private ConnectionSource mariaSource;
    private final TestingGcsStorage gcs = new TestingGcsStorage(Set.of(BUCKET));

    @BeforeEach
    void createSources() {
        pg = new TestingPostgresServer();
        maria = new TestingMariaDbServer();
        pgSource = () -> DriverManager.getConnection(pg.jdbcUrl(), TestingPostgresServer.USER, "");
        mariaSource = () -> DriverManager.getConnection(maria.jdbcUrl(), TestingMariaDbServer.USER, "");
        OrdersAndCustomers.createTables(pg, maria);
    }

    @AfterEach
    void dropSources() {
        pg.close();
        maria.close();
    }

    @Test
    void stagesThroughTheBucketAndASecondMachineReusesTheStagedParts() throws Exception {
        FederationResult first = run(bucket(BUCKET));
        assertThat(first.rows()).isEqualTo(3);
        assertThat(revenue()).isEqualTo(EXPECTED);

        String prefix = PREFIX + "/";
        ObjectInfo part;
        try (ObjectStore store = store(bucket(BUCKET))) {
            List<String> keys = store.list(prefix).stream().map(ObjectInfo::key).toList();
            assertThat(keys).anyMatch(k -> k.matches(prefix + ORDERS + "/[0-9a-f]+/part-0\\.parquet"))
                    .anyMatch(k -> k.matches(prefix + "_state/" + ORDERS + "\\.[0-9a-f]+\\.state\\.json"))
                    .anyMatch(k -> k.matches(prefix + CUSTOMERS + "/[0-9a-f]+/part-0\\.parquet"))
                    .anyMatch(k -> k.matches(prefix + "_state/" + CUSTOMERS + "\\.[0-9a-f]+\\.state\\.json"))
                    // The compute's result is removed once loaded.
                    .noneMatch(k -> k.startsWith(prefix + "_results/"));
            String state = keys.stream().filter(k -> k.startsWith(prefix + "_state/" + ORDERS)).findFirst().orElseThrow();
            assertThat(new String(store.get(state).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("part-0.parquet").contains("\"row_count\"");
            part = store.list(prefix + ORDERS + "/").stream().filter(o -> o.name().equals("part-0.parquet"))
                    .findFirst().orElseThrow();
        }
        assertThat(Files.isDirectory(StagingBucket.cacheDirectory(project, "lake"))).isTrue();

        // Another machine: no local cache. Both inputs have primary keys: their row hashes, read
        // back from the bucket, match, so nothing is fetched and no part is staged again.
        deleteTree(project.resolve(".dvt"));
        FederationResult second = run(bucket(BUCKET));
        assertThat(second.extractions()).extracting(ExtractionOutcome::reason)
                .containsExactly(ExtractionReason.DELTA, ExtractionReason.DELTA);
        assertThat(second.rowsFetched()).isZero();
        assertThat(revenue()).isEqualTo(EXPECTED);
        try (ObjectStore store = store(bucket(BUCKET))) {
            ObjectInfo after = store.stat(part.key()).orElseThrow();
            assertThat(after.etag()).as("the staged part was replaced").isEqualTo(part.etag());
            assertThat(after.lastModified()).isEqualTo(part.lastModified());
        }
    }

    @Test
    void aMissingBucketFailsNamingTheEntryAndLeavesTheTargetAlone() throws Exception {
        run(bucket(BUCKET));
        pg.execute("insert into crm.orders values (5000, 1, 99)");

        assertThatThrownBy(() -> run(bucket("no-such-bucket")))
                .isInstanceOfSatisfying(DvtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FEDERATION))
                .hasMessageContaining("Staging bucket 'lake' (gs://no-such-bucket/" + PREFIX + ") in buckets.yml")
                .hasMessageContaining("the bucket 'no-such-bucket' does not exist")
                .hasMessageContaining("fix `bucket:` of that entry");
        assertThat(revenue()).isEqualTo(EXPECTED);
    }

    private static BucketConfig.Gcs bucket(String name) {
        return new BucketConfig.Gcs("lake", name, PREFIX, "dvt-test", null, null, false, null, null);
    }

    private ObjectStore store(BucketConfig.Gcs config) {
        return new GcsObjectStore(config, gcs.client());
    }

    private FederationResult run(BucketConfig.Gcs config) {
        try (StagingBucket bucket = StagingBucket.cloud(store(config), project)) {
            FederatedModelRunner runner = new FederatedModelRunner(bucket, COMPUTE,
                    new EngineModelCompute(ComputeEngines.open(COMPUTE, ComputeContext.standard()), "model.it.revenue"),
                    FederationConnectors.discovered());
            return runner.run(model());
        }
    }

    private FederatedModel model() {
        String sql = "select c.region, count(*) as orders, sum(o.amount) as revenue"
                + " from \"crm\".\"orders\" o join \"" + maria.database() + "\".\"customers\" c on c.id = o.customer_id"
                + " where o.amount > 10 group by c.region";
        InputRelation orders = new InputRelation(ORDERS, null, "\"crm\"", "\"orders\"", List.of(), "postgres");
        InputRelation customers = new InputRelation(CUSTOMERS, null, "\"" + maria.database() + "\"", "\"customers\"",
                List.of(), "mariadb");
        return new FederatedModel("model.it.revenue", sql, "postgres",
                List.of(new FederatedInput(orders, pgSource), new FederatedInput(customers, mariaSource)),
                FederationTarget.table("postgres", pgSource, RelationName.of("public", "revenue")), false);
    }

    private List<String> revenue() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = pg.connect();
                ResultSet rs = c.createStatement().executeQuery("select region, orders, revenue from public.revenue order by 1")) {
            while (rs.next()) {
                out.add(rs.getString(1) + "|" + rs.getLong(2) + "|" + new java.math.BigDecimal(rs.getString(3)).setScale(2));
            }
        }
        return out;
    }

    private static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
