package dev.dvt.federation.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.ComputeConfig;
import dev.dvt.core.database.InstallCache;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Spark compute on a real Spark (installed by `dvt sync`'s engine, see {@link TestingSpark}):
 * every engine case must give the same rows as DuckDB, and one worker serves all of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkComputeTest {
    /** The Spark version under test; a subclass runs the same tests on another line. */
    String sparkVersion() {
        return TestingSpark.VERSION;
    }

    private Path dir;
    private InstallCache cache;
    private List<ComputeCases.Case> cases;
    private SparkCompute spark;
    private ComputeEngine duckDb;

    @BeforeAll
    void setUp(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        cache = TestingSpark.installed(sparkVersion());
        cases = ComputeCases.create(dir);
        spark = (SparkCompute) ComputeEngines.open(sparkConfig(Map.of("spark.driver.memory", "1g",
                "spark.sql.shuffle.partitions", "4")), context());
        duckDb = ComputeEngines.open(new ComputeConfig.DuckDb("duck", null, null, null,
                ComputeConfig.JdbcExtraction.DEFAULT, ComputeConfig.JdbcLoad.DEFAULT), ComputeContext.standard());
    }

    @AfterAll
    void tearDown() {
        if (spark != null) {
            spark.close();
        }
        if (duckDb != null) {
            duckDb.close();
        }
    }

    private ComputeContext context() {
        return new ComputeContext(cache, Optional.empty());
    }

    private ComputeConfig.Spark sparkConfig(Map<String, String> config) {
        return new ComputeConfig.Spark("local_spark", sparkVersion(), "local[2]", config,
                ComputeConfig.JdbcExtraction.DEFAULT, ComputeConfig.JdbcLoad.DEFAULT);
    }

    Stream<ComputeCases.Case> cases() {
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithDuckDbRowForRow(ComputeCases.Case c) throws Exception {
        String name = c.name().replace(' ', '_');
        ComputeResult fromSpark = spark.run(c.job(SparkCompute.ENGINE, dir.resolve("spark").resolve(name)));
        ComputeResult fromDuckDb = duckDb.run(c.job(DuckDbCompute.ENGINE, dir.resolve("duckdb").resolve(name + ".parquet")));

        assertThat(fromSpark.engine()).isEqualTo("spark");
        assertThat(fromSpark.columnNames()).containsExactlyElementsOf(c.columns());
        assertThat(fromSpark.rowCount()).isEqualTo(c.expected().size());
        assertThat(fromSpark.outputFiles()).allSatisfy(f -> assertThat(f).endsWith(".parquet").doesNotStartWith("file:"));
        List<String> sparkRows = TestingParquet.rows(fromSpark.outputFiles());
        assertThat(sparkRows).containsExactlyElementsOf(TestingParquet.rows(fromDuckDb.outputFiles()));
        assertThat(sparkRows).containsExactlyElementsOf(c.expected());
    }

    @Test
    void reportsSparkTypesOfTheResult() {
        ComputeResult result = spark.run(cases.get(2).job(SparkCompute.ENGINE, dir.resolve("typed-types")));
        assertThat(result.columns()).extracting(ResultColumn::type)
                .containsExactly("INT", "DECIMAL(10,3)", "DECIMAL(12,3)", "DATE", "TIMESTAMP_NTZ", "DATE");
    }

    @Test
    void aSqlErrorNamesTheModelAndSparksMessageAndTheWorkerCarriesOn() {
        ComputeJob bad = new ComputeJob(ComputeCases.MODEL, List.of(), "SELECT * FROM no_such_table",
                dir.resolve("bad").toString());
        assertThatThrownBy(() -> spark.run(bad))
                .isInstanceOf(DvtException.class)
                .hasMessageContaining("Spark could not run " + ComputeCases.MODEL)
                .hasMessageContaining("no_such_table")
                .hasMessageNotContaining("UnresolvedRelation")
                .satisfies(e -> assertThat(((DvtException) e).code()).isEqualTo(ErrorCode.FEDERATION));

        ComputeResult next = spark.run(cases.get(4).job(SparkCompute.ENGINE, dir.resolve("after-error")));
        assertThat(next.rowCount()).isEqualTo(2);
    }

    @Test
    void aWorkerThatCannotStartReportsTheTailOfItsOutput() {
        try (ComputeEngine tiny = ComputeEngines.open(sparkConfig(Map.of("spark.driver.memory", "1k")), context())) {
            assertThatThrownBy(() -> tiny.run(cases.get(4).job(SparkCompute.ENGINE, dir.resolve("never"))))
                    .isInstanceOf(DvtException.class)
                    .hasMessageContaining("could not start for " + ComputeCases.MODEL)
                    .hasMessageContaining("stopped unexpectedly")
                    .hasMessageContaining("heap");
        }
    }

    /** Prints the figures the architecture notes compare: DuckDB vs Spark on one join + group-by. */
    @Test
    void measuresDuckDbAgainstSparkColdAndWarm() throws Exception {
        StagedInput orders = new StagedInput(ComputeCases.view("big_orders"), TestingParquet.write(
                dir.resolve("big_orders.parquet"), "SELECT i::BIGINT AS id, (i % 10000)::INTEGER AS customer_id,"
                        + " CAST(i % 1000 AS DECIMAL(12,2)) AS amount FROM range(0, 1000000) t(i)"));
        StagedInput customers = new StagedInput(ComputeCases.view("big_customers"), TestingParquet.write(
                dir.resolve("big_customers.parquet"), "SELECT i::INTEGER AS id, 'region ' || (i % 50) AS region"
                        + " FROM range(0, 10000) t(i)"));
        String sql = "SELECT c.region, count(*) AS orders, sum(o.amount) AS total FROM " + orders.viewName() + " o JOIN "
                + customers.viewName() + " c ON o.customer_id = c.id GROUP BY c.region";
        List<StagedInput> inputs = List.of(orders, customers);

        ComputeResult duck = duckDb.run(new ComputeJob("model.bench.duck", inputs, sql, dir.resolve("bench-duck.parquet").toString()));
        try (SparkCompute fresh = (SparkCompute) ComputeEngines.open(sparkConfig(Map.of()), context())) {
            long began = System.nanoTime();
            ComputeResult cold = fresh.run(new ComputeJob("model.bench.cold", inputs, sql.replace('"', '`'),
                    dir.resolve("bench-cold").toString()));
            Duration coldTotal = Duration.ofNanos(System.nanoTime() - began);
            ComputeResult warm = fresh.run(new ComputeJob("model.bench.warm", inputs, sql.replace('"', '`'),
                    dir.resolve("bench-warm").toString()));
            Duration startup = fresh.workerStartup().orElseThrow();

            System.out.printf("compute figures, Spark " + sparkVersion() + ", join 1,000,000 x 10,000 rows + group-by (50 groups):%n"
                    + "  duckdb                  %6d ms%n"
                    + "  spark worker start-up   %6d ms%n"
                    + "  spark first job         %6d ms (%d ms with start-up)%n"
                    + "  spark second job, warm  %6d ms%n",
                    duck.elapsed().toMillis(), startup.toMillis(), cold.elapsed().toMillis(), coldTotal.toMillis(),
                    warm.elapsed().toMillis());
            assertThat(cold.rowCount()).isEqualTo(50);
            assertThat(TestingParquet.rows(warm.outputFiles())).containsExactlyElementsOf(TestingParquet.rows(duck.outputFiles()));
        }
    }

    @Test
    void readsJsonLinesAndJsonArraysAsSeedInputs() throws Exception {
        Path lines = java.nio.file.Files.writeString(dir.resolve("people.json"),
                "{\"id\": 1, \"name\": \"Ana\"}\n{\"id\": 2, \"name\": \"Bo\"}\n");
        Path array = java.nio.file.Files.writeString(dir.resolve("cities.json"),
                "[\n  {\"id\": 10, \"city\": \"Oslo\"},\n  {\"id\": 20, \"city\": \"Lima\"}\n]\n");

        ComputeResult fromLines = spark.run(new ComputeJob("seed.p.people", List.of(new StagedInput("_dvt_seed",
                lines.toString(), InputFormat.JSON_LINES)), "SELECT id, name FROM _dvt_seed", dir.resolve("json-lines")
                .toString()));
        ComputeResult fromArray = spark.run(new ComputeJob("seed.p.cities", List.of(new StagedInput("_dvt_seed",
                array.toString(), InputFormat.JSON_ARRAY)), "SELECT id, city FROM _dvt_seed", dir.resolve("json-array")
                .toString()));

        assertThat(TestingParquet.rows(fromLines.outputFiles())).containsExactlyInAnyOrder("1|Ana", "2|Bo");
        assertThat(TestingParquet.rows(fromArray.outputFiles())).containsExactlyInAnyOrder("10|Oslo", "20|Lima");
        assertThat(fromArray.columns()).extracting(ResultColumn::type).containsExactly("BIGINT", "STRING");
    }

    @Test
    void aMalformedJsonRecordFailsTheJob() throws Exception {
        Path broken = java.nio.file.Files.writeString(dir.resolve("broken.json"), "{\"id\": 1}\n{\"id\": \n");
        assertThatThrownBy(() -> spark.run(new ComputeJob("seed.p.broken", List.of(new StagedInput("_dvt_seed",
                broken.toString(), InputFormat.JSON_LINES)), "SELECT * FROM _dvt_seed", dir.resolve("broken").toString())))
                .isInstanceOf(DvtException.class).hasMessageContaining("seed.p.broken");
    }
}
