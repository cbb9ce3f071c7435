package dev.dvt.federation.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.ComputeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuckDbComputeTest {
    private Path dir;
    private List<ComputeCases.Case> cases;
    private ComputeEngine engine;

    @BeforeAll
    void setUp(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        cases = ComputeCases.create(dir);
        engine = ComputeEngines.open(duckDb(null, null), ComputeContext.standard());
    }

    @AfterAll
    void tearDown() {
        engine.close();
    }

    private static ComputeConfig.DuckDb duckDb(String memoryLimit, Integer threads) {
        return new ComputeConfig.DuckDb("local_duckdb", memoryLimit, threads, null,
                ComputeConfig.JdbcExtraction.DEFAULT, ComputeConfig.JdbcLoad.DEFAULT);
    }

    Stream<ComputeCases.Case> cases() {
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writesTheExpectedRows(ComputeCases.Case c) throws Exception {
        Path output = dir.resolve("out").resolve(c.name().replace(' ', '_'));
        ComputeResult result = engine.run(c.job(DuckDbCompute.ENGINE, output));

        assertThat(result.engine()).isEqualTo("duckdb");
        assertThat(result.outputFiles()).containsExactly(output.toAbsolutePath().resolve("data_0.parquet").toString());
        assertThat(result.columnNames()).containsExactlyElementsOf(c.columns());
        assertThat(result.rowCount()).isEqualTo(c.expected().size());
        assertThat(TestingParquet.rows(result.outputFiles())).containsExactlyElementsOf(c.expected());
    }

    @Test
    void reportsParquetTypesOfTheResult() {
        ComputeCases.Case typed = cases.get(2);
        ComputeResult result = engine.run(typed.job(DuckDbCompute.ENGINE, dir.resolve("typed-out.parquet")));
        assertThat(result.columns()).extracting(ResultColumn::type)
                .containsExactly("INTEGER", "DECIMAL(10,3)", "DECIMAL(18,3)", "DATE", "TIMESTAMP", "DATE");
    }

    @Test
    void replacesWhatAnEarlierRunLeftAtTheOutputPath() throws Exception {
        Path output = dir.resolve("was-a-directory");
        Files.createDirectories(output.resolve("sub"));
        Files.writeString(output.resolve("sub").resolve("part-0.parquet"), "old");
        Files.writeString(output.resolve("data_7.parquet"), "old");
        ComputeResult result = engine.run(cases.get(4).job(DuckDbCompute.ENGINE, output));
        assertThat(result.outputFiles()).containsExactly(output.resolve("data_0.parquet").toString());
        assertThat(output.resolve("sub")).doesNotExist();
        assertThat(result.rowCount()).isEqualTo(2);

        Path file = Files.writeString(dir.resolve("was-a-file"), "old");
        assertThat(engine.run(cases.get(4).job(DuckDbCompute.ENGINE, file)).rowCount()).isEqualTo(2);
    }

    @Test
    void writesALargeResultAsPartsOfAboutAMillionRows() throws Exception {
        ComputeJob job = new ComputeJob(ComputeCases.MODEL, List.of(), "SELECT range AS n FROM range(2500000)",
                dir.resolve("large").toString());
        ComputeResult result = engine.run(job);

        assertThat(result.rowCount()).isEqualTo(2_500_000);
        assertThat(result.outputFiles()).hasSizeBetween(3, 4)
                .allSatisfy(f -> assertThat(f).matches(".*/large/data_\\d\\.parquet"));
        long rows = 0;
        long sum = 0;
        for (String part : result.outputFiles()) {
            rows += Long.parseLong(TestingParquet.aggregate(part, "count(DISTINCT n)"));
            sum += Long.parseLong(TestingParquet.aggregate(part, "sum(n)"));
        }
        // Every row in exactly one part.
        assertThat(rows).isEqualTo(2_500_000);
        assertThat(sum).isEqualTo(2_500_000L * 2_499_999L / 2);
    }

    @Test
    void readsADirectoryOfParquetFilesAsOneInputAndKeepsIntegerSumsExact() throws Exception {
        Path parts = Files.createDirectories(dir.resolve("parts"));
        TestingParquet.write(parts.resolve("part-0.parquet"), "SELECT 1 AS x");
        TestingParquet.write(parts.resolve("part-1.parquet"), "SELECT 2 AS x");
        ComputeJob job = new ComputeJob(ComputeCases.MODEL, List.of(new StagedInput(ComputeCases.view("parts"), parts.toString())),
                "SELECT sum(x) AS s FROM " + ComputeCases.view("parts"), dir.resolve("sum.parquet").toString());
        ComputeResult result = engine.run(job);
        assertThat(TestingParquet.rows(result.outputFiles())).containsExactly("3");
        assertThat(result.columns()).containsExactly(new ResultColumn("s", "DECIMAL(38,0)"));
    }

    @Test
    void appliesMemoryLimitAndThreadsFromComputesYml() throws Exception {
        try (ComputeEngine limited = ComputeEngines.open(duckDb("1GB", 1), ComputeContext.standard())) {
            ComputeJob job = new ComputeJob(ComputeCases.MODEL, List.of(),
                    "SELECT current_setting('memory_limit') AS m, current_setting('threads') AS t",
                    dir.resolve("settings.parquet").toString());
            assertThat(TestingParquet.rows(limited.run(job).outputFiles())).singleElement()
                    .satisfies(row -> assertThat(row).matches("(953\\.6 MiB|1\\.0 GiB|1000\\.0 MiB)\\|1"));
        }
    }

    @Test
    void aSqlErrorNamesTheModelAndDuckDbsMessage() {
        ComputeJob job = new ComputeJob(ComputeCases.MODEL, List.of(), "SELECT missing_column FROM range(1)",
                dir.resolve("bad.parquet").toString());
        assertThatThrownBy(() -> engine.run(job))
                .isInstanceOf(DvtException.class)
                .hasMessageContaining(ComputeCases.MODEL)
                .hasMessageContaining("missing_column")
                .satisfies(e -> assertThat(((DvtException) e).code()).isEqualTo(ErrorCode.FEDERATION));
    }

    @Test
    void aSettingDuckDbRefusesIsAConfigError() {
        try (ComputeEngine bad = ComputeEngines.open(duckDb("lots", null), ComputeContext.standard())) {
            ComputeJob job = new ComputeJob(ComputeCases.MODEL, List.of(), "SELECT 1 AS x", dir.resolve("x.parquet").toString());
            assertThatThrownBy(() -> bad.run(job)).isInstanceOf(DvtException.class)
                    .hasMessageContaining("memory_limit")
                    .satisfies(e -> assertThat(((DvtException) e).code()).isEqualTo(ErrorCode.CONFIG));
        }
    }

    @Test
    void readsJsonInputsAndRefusesOrcNamingTheFile() throws Exception {
        Path json = Files.writeString(dir.resolve("in.json"), "[{\"k\": 1, \"v\": \"a\"}, {\"k\": 2, \"v\": \"b\"}]");
        ComputeResult result = engine.run(new ComputeJob("seed.p.in", List.of(new StagedInput("_dvt_seed", json.toString(),
                InputFormat.JSON_ARRAY)), "SELECT * FROM _dvt_seed", dir.resolve("out/json.parquet").toString()));
        assertThat(TestingParquet.rows(result.outputFiles())).containsExactly("1|a", "2|b");

        assertThatThrownBy(() -> engine.run(new ComputeJob("seed.p.codes", List.of(new StagedInput("_dvt_seed",
                dir.resolve("codes.orc").toString(), InputFormat.ORC)), "SELECT * FROM _dvt_seed",
                dir.resolve("out/orc.parquet").toString())))
                .isInstanceOf(DvtException.class).hasMessageContaining("cannot read ORC").hasMessageContaining("codes.orc")
                .hasMessageContaining("seed.p.codes");
    }
}
