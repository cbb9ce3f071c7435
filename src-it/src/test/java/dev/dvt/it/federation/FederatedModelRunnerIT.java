package dev.dvt.it.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.bulk.FederationConnectors;
import dev.dvt.core.config.ComputeConfig;
import dev.dvt.core.dialect.IncrementalStrategy;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.federation.extract.ExtractionOutcome;
import dev.dvt.federation.plan.InputRelation;
import dev.dvt.federation.compute.ComputeContext;
import dev.dvt.federation.compute.ComputeEngine;
import dev.dvt.federation.compute.ComputeEngines;
import dev.dvt.federation.runner.EngineModelCompute;
import dev.dvt.federation.runner.FederatedInput;
import dev.dvt.federation.runner.FederatedModel;
import dev.dvt.federation.runner.FederatedModelRunner;
import dev.dvt.federation.runner.FederationResult;
import dev.dvt.federation.runner.FederationTarget;
import dev.dvt.federation.staging.StagingBucket;
import dev.dvt.federation.state.ExtractionReason;
import dev.dvt.it.SyncedSpark;
import dev.dvt.it.TestingMariaDbServer;
import dev.dvt.it.TestingPostgresServer;
import dev.dvt.spi.ConnectionSource;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model joining a PostgreSQL table with a MariaDB table, federated through the staging bucket
 * and the embedded DuckDB compute (and, in one test, the Spark compute) into PostgreSQL, MariaDB
 * and DuckDB targets.
 */
class FederatedModelRunnerIT {
    private static final String PG_SQL = "select c.region, count(*) as orders, sum(o.amount) as total,"
            + " count(o.note) as notes, sum(case when o.note = '' then 1 else 0 end) as empty_notes"
            + " from \"public\".\"orders\" o join %s c on o.customer_id = c.id"
            + " where o.status = 'paid' group by c.region";
    private static final ComputeConfig COMPUTE = new ComputeConfig.DuckDb("duckdb", null, null, null,
            ComputeConfig.JdbcExtraction.DEFAULT, ComputeConfig.JdbcLoad.DEFAULT);

    @TempDir
    Path dir;
    private TestingPostgresServer pg;
    private TestingMariaDbServer maria;
    private ConnectionSource pgSource;
    private ConnectionSource mariaSource;

    @BeforeEach
    void createSources() {
        pg = new TestingPostgresServer();
        maria = new TestingMariaDbServer();
        pgSource = () -> DriverManager.getConnection(pg.jdbcUrl(), TestingPostgresServer.USER, "");
        mariaSource = () -> DriverManager.getConnection(maria.jdbcUrl(), TestingMariaDbServer.USER, "");
        pg.execute("CREATE TABLE public.orders (id integer PRIMARY KEY, customer_id integer, amount numeric(10,2),"
                + " status text, note text)");
        pg.execute("INSERT INTO public.orders SELECT i, i % 7, (i * 3.25)::numeric(10,2),"
                + " CASE WHEN i % 3 = 0 THEN 'open' ELSE 'paid' END,"
                + " CASE WHEN i % 5 = 0 THEN NULL WHEN i % 5 = 1 THEN '' ELSE 'n' || i END"
                + " FROM generate_series(1, 2000) i");
        maria.execute("CREATE TABLE customers (id INT, name VARCHAR(40), region VARCHAR(20))");
        maria.execute("INSERT INTO customers VALUES (0, 'zero', 'north'), (1, 'one', 'north'), (2, 'two', 'south'),"
                + " (3, 'three', 'east'), (4, 'four', 'west'), (5, 'five', 'south'), (6, 'six', 'east')");
    }

    @AfterEach
    void dropSources() {
        pg.close();
        maria.close();
    }

    @Test
    void writesTheJoinIntoPostgresMariaDbAndDuckDbEqualToASingleDatabaseRun() throws Exception {
        List<String> expected = expected();
        assertThat(expected).hasSize(4);

        FederationResult toPg = runner("b1").run(model(pgTarget("region_totals"), false));
        assertThat(toPg.message()).isEqualTo("Federation: 4 rows via copy");
        assertThat(rows(pgSource, "SELECT * FROM public.region_totals")).isEqualTo(expected);

        ConnectionSource mariaTarget = mariaSource;
        FederationResult toMaria = runner("b2").run(model(FederationTarget.table("mariadb", mariaTarget,
                RelationName.of(maria.database(), "region_totals")), false));
        assertThat(toMaria.loadMethod()).isEqualTo("load_data");
        assertThat(rows(mariaTarget, "SELECT * FROM region_totals")).isEqualTo(expected);

        String duckUrl = "jdbc:duckdb:" + dir.resolve("target.duckdb");
        ConnectionSource duck = () -> DriverManager.getConnection(duckUrl);
        runner("b3").run(model(FederationTarget.table("duckdb", duck, RelationName.of("main", "region_totals")), false));
        assertThat(rows(duck, "SELECT * FROM main.region_totals")).isEqualTo(expected);
    }

    @Test
    void theSparkComputeWritesTheSameRowsIntoEachTarget() throws Exception {
        List<String> expected = expected();
        ComputeConfig spark = new ComputeConfig.Spark("spark4", SyncedSpark.VERSION, "local[2]",
                Map.of("spark.driver.memory", "1g", "spark.sql.shuffle.partitions", "2"),
                ComputeConfig.JdbcExtraction.DEFAULT, ComputeConfig.JdbcLoad.DEFAULT);
        ComputeContext context = new ComputeContext(SyncedSpark.install(dir), Optional.empty());
        String duckUrl = "jdbc:duckdb:" + dir.resolve("spark-target.duckdb");
        ConnectionSource duck = () -> DriverManager.getConnection(duckUrl);
        try (ComputeEngine engine = ComputeEngines.open(spark, context)) {
            FederatedModelRunner runner = new FederatedModelRunner(new StagingBucket("s", dir.resolve("s")), spark,
                    new EngineModelCompute(engine, "model.it.region_totals"), FederationConnectors.discovered());

            runner.run(model(pgTarget("spark_totals"), false));
            runner.run(model(FederationTarget.table("mariadb", mariaSource,
                    RelationName.of(maria.database(), "spark_totals")), false));
            runner.run(model(FederationTarget.table("duckdb", duck, RelationName.of("main", "spark_totals")), false));
        }
        assertThat(rows(pgSource, "SELECT * FROM public.spark_totals")).isEqualTo(expected);
        assertThat(rows(mariaSource, "SELECT * FROM spark_totals")).isEqualTo(expected);
        assertThat(rows(duck, "SELECT * FROM main.spark_totals")).isEqualTo(expected);
    }

    @Test
    void secondRunReadsNothingFromTheSources() {
        FederatedModelRunner runner = runner("b");
        FederationResult first = runner.run(model(pgTarget("t"), false));
        assertThat(first.rowsFetched()).isEqualTo(2000 * 2 / 3 + 1 + 7);
        FederationResult second = runner.run(model(pgTarget("t"), false));
        assertThat(second.extractions()).extracting(ExtractionOutcome::reason)
                .containsExactly(ExtractionReason.DELTA, ExtractionReason.SKIP);
        assertThat(second.rowsFetched()).isZero();
        assertThat(second.rows()).isEqualTo(4);
    }

    @Test
    void deltaFetchesOnlyChangedAndNewRowsAndStagesTheSameDataAsAFullExtraction() throws Exception {
        FederatedModelRunner runner = runner("b");
        runner.run(model(pgTarget("t"), false));
        pg.execute("UPDATE public.orders SET amount = 1000.00 WHERE id = 10");
        pg.execute("INSERT INTO public.orders VALUES (5000, 1, 1.50, 'paid', 'new')");
        pg.execute("DELETE FROM public.orders WHERE id = 11");

        FederationResult delta = runner.run(model(pgTarget("t"), false));
        ExtractionOutcome orders = delta.extractions().get(0);
        assertThat(orders.reason()).isEqualTo(ExtractionReason.DELTA);
        assertThat(orders.rowsFetched()).isEqualTo(2);
        assertThat(rows(pgSource, "SELECT * FROM public.t")).isEqualTo(expected());

        FederationResult full = runner("fresh").run(model(pgTarget("t2"), true));
        assertThat(staged(orders.files())).isEqualTo(staged(full.extractions().get(0).files()));
    }

    @Test
    void schemaChangeForcesAFullExtraction() {
        FederatedModelRunner runner = runner("b");
        runner.run(model(pgTarget("t"), false));
        pg.execute("ALTER TABLE public.orders ADD COLUMN extra integer");
        FederationResult after = runner.run(model(pgTarget("t"), false));
        assertThat(after.extractions().get(0).reason()).isEqualTo(ExtractionReason.SCHEMA_CHANGED);
        assertThat(after.extractions().get(0).rowsFetched()).isEqualTo(2000 * 2 / 3 + 1);
    }

    @Test
    void incrementalMergeUpdatesMatchingKeysInPlace() throws Exception {
        FederatedModelRunner runner = runner("b");
        FederationTarget target = pgTarget("inc").incremental(IncrementalStrategy.MERGE, List.of("region"));
        runner.run(model(target, false));
        pg.execute("UPDATE public.orders SET amount = amount + 1 WHERE customer_id = 2");
        runner.run(model(target, false));
        assertThat(rows(pgSource, "SELECT * FROM public.inc")).isEqualTo(expected());
        assertThat(rows(pgSource, "SELECT count(*) FROM public.inc")).containsExactly("4");
    }

    @Test
    void vanishedSourceFailsNamingTheModelAndLeavesTheTargetAlone() throws Exception {
        FederatedModelRunner runner = runner("b");
        runner.run(model(pgTarget("t"), false));
        List<String> before = rows(pgSource, "SELECT * FROM public.t");
        pg.execute("DROP TABLE public.orders");
        assertThatThrownBy(() -> runner.run(model(pgTarget("t"), false)))
                .isInstanceOfSatisfying(DvtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FEDERATION))
                .hasMessageContaining("model.it.region_totals").hasMessageContaining("source.it.shop.orders")
                .hasMessageContaining("does not exist");
        assertThat(rows(pgSource, "SELECT * FROM public.t")).isEqualTo(before);
    }

    @Test
    void unwritableBucketFailsNamingBucketAndPath() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        FederatedModelRunner runner = new FederatedModelRunner(new StagingBucket("local", file.resolve("staging")),
                COMPUTE, new EngineModelCompute(ComputeEngines.open(COMPUTE, ComputeContext.standard()), "model.it.region_totals"), FederationConnectors.discovered());
        assertThatThrownBy(() -> runner.run(model(pgTarget("t"), false)))
                .isInstanceOf(DvtException.class).hasMessageContaining("Staging bucket 'local'")
                .hasMessageContaining(file.toString()).hasMessageContaining("not writable");
    }

    private FederatedModelRunner runner(String bucket) {
        return new FederatedModelRunner(new StagingBucket(bucket, dir.resolve(bucket)), COMPUTE,
                new EngineModelCompute(ComputeEngines.open(COMPUTE, ComputeContext.standard()), "model.it.region_totals"), FederationConnectors.discovered());
    }

    private FederationTarget pgTarget(String table) {
        return FederationTarget.table("postgres", pgSource, RelationName.of("public", table));
    }

    private FederatedModel model(FederationTarget target, boolean fullRefresh) {
        String customers = "\"" + maria.database() + "\".\"customers\"";
        InputRelation orders = new InputRelation("source.it.shop.orders", null, "\"public\"", "\"orders\"", List.of(),
                "postgres");
        InputRelation crm = new InputRelation("source.it.crm.customers", null, "\"" + maria.database() + "\"",
                "\"customers\"", List.of(), "mariadb");
        return new FederatedModel("model.it.region_totals", PG_SQL.formatted(customers), "postgres",
                List.of(new FederatedInput(orders, pgSource), new FederatedInput(crm, mariaSource)), target,
                fullRefresh);
    }

    /** The same query run on one database: both tables copied into an in-memory DuckDB. */
    private List<String> expected() throws SQLException {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            s.execute("CREATE TABLE orders (id INTEGER, customer_id INTEGER, amount DECIMAL(10,2), status VARCHAR,"
                    + " note VARCHAR)");
            s.execute("CREATE TABLE customers (id INTEGER, name VARCHAR, region VARCHAR)");
            copy(pgSource, "SELECT id, customer_id, amount, status, note FROM public.orders", duck, "orders", 5);
            copy(mariaSource, "SELECT id, name, region FROM customers", duck, "customers", 3);
            return rows(() -> duck, PG_SQL.formatted("customers").replace("\"public\".", ""), false);
        }
    }

    private static void copy(ConnectionSource from, String sql, Connection duck, String table, int n)
            throws SQLException {
        try (Connection c = from.open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql);
                PreparedStatement insert = duck.prepareStatement("INSERT INTO " + table + " VALUES ("
                        + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")")) {
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    insert.setObject(i, rs.getObject(i));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<String> staged(List<Path> files) throws SQLException {
        String scan = "read_parquet([" + files.stream().map(f -> "'" + f + "'")
                .collect(java.util.stream.Collectors.joining(", ")) + "])";
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            return rows(() -> duck, "SELECT * FROM " + scan, false);
        }
    }

    private static List<String> rows(ConnectionSource source, String sql) throws SQLException {
        return rows(source, sql, true);
    }

    /** Rows as text, numbers normalised (1.50 = 1.5), sorted. */
    private static List<String> rows(ConnectionSource source, String sql, boolean close) throws SQLException {
        Connection c = source.open();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    values.add(normalise(rs.getString(i)));
                }
                rows.add(String.join("|", values));
            }
            rows.sort(null);
            return rows;
        } finally {
            if (close) {
                c.close();
            }
        }
    }

    private static String normalise(String value) {
        if (value == null) {
            return "NULL";
        }
        try {
            return new BigDecimal(value).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
