package dev.dvt.it.seed;

import static dev.dvt.it.seed.SeedFormatProject.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.core.database.ClasspathLocator;
import dev.dvt.core.database.InstallCache;
import dev.dvt.it.DvtProcess;
import dev.dvt.it.SyncedSpark;
import dev.dvt.it.TestingMariaDbServer;
import dev.dvt.it.TestingPostgresServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ORC seeds (written by Spark in the test) and Parquet and JSON seeds read through the Spark
 * compute into PostgreSQL, MariaDB and DuckDB. Spark comes from `dvt sync` into the same
 * git-ignored {@code .spark-cache/sync-home} that SparkFederationIT uses, so it is downloaded once.
 */
class SparkSeedFormatsIT {
    private static final String SPARK = SyncedSpark.VERSION;

    @TempDir
    Path project;

    private TestingPostgresServer postgres;
    private TestingMariaDbServer mariadb;
    private static Path userHome;
    private static List<String> home;
    private static Path orc;

    /** Syncs Spark (a no-op once cached) and writes the ORC seed once for both tests. */
    @BeforeAll
    static void syncSparkAndWriteOrc(@TempDir Path shared) throws Exception {
        SyncedSpark.install(shared);
        userHome = SyncedSpark.userHome();
        home = SyncedSpark.homeOption();
        orc = writeOrcWithSpark(shared, "select cast(id as int) as id, case when id = 2 then null else concat('c', id) end"
                + " as code, cast(id * 2.5 as decimal(8,2)) as price, date_add(date'2024-02-01', cast(id as int)) as day,"
                + " id % 2 = 1 as odd from range(1, 4)");
    }

    @BeforeEach
    void setUp() throws Exception {
        postgres = new TestingPostgresServer();
        mariadb = new TestingMariaDbServer();
        SeedFormatProject.write(project, postgres, mariadb);
        StringBuilder properties = new StringBuilder("version: 2\nseeds:\n");
        for (String target : SeedFormatProject.TARGETS) {
            Path dir = project.resolve("seeds").resolve(target);
            Files.copy(orc, dir.resolve("codes_" + target + ".orc"));
            SeedFormatProject.ratesParquet(dir.resolve("rates_" + target + ".parquet"));
            SeedFormatProject.peopleJsonLines(dir.resolve("people_" + target + ".json"));
            SeedFormatProject.citiesJsonArray(dir.resolve("cities_" + target + ".json"));
            properties.append("  - name: codes_").append(target).append("\n    config: {compute: spark4}\n");
        }
        Files.writeString(project.resolve("seeds/properties.yml"), properties);
    }

    @AfterEach
    void tearDown() {
        postgres.close();
        mariadb.close();
    }

    @Test
    void orcSeedsOnTheirConfiguredSparkComputeLoadIntoEveryTarget() throws Exception {
        DvtProcess.Result seed = DvtProcess.runWithJvmOptions(project, Map.of(), home, "seed", "--no-color",
                "-s", "codes_pg", "codes_maria", "codes_duck", "rates_pg");
        assertThat(seed.exitCode()).as(seed.output()).isZero();
        assertThat(seed.output()).containsPattern("OK loaded seed file analytics\\.codes_pg \\.+ \\[INSERT 3 in")
                .containsPattern("OK loaded seed file " + mariadb.database() + "\\.codes_maria \\.+ \\[INSERT 3 in")
                .containsPattern("OK loaded seed file main\\.codes_duck \\.+ \\[INSERT 3 in")
                .contains("Done. PASS=4 WARN=0 ERROR=0 SKIP=0 NO-OP=0 TOTAL=4");
        String runResults = Files.readString(project.resolve("target/run_results.json"));
        assertThat(runResults).containsPattern("\"compute\" ?: ?\"spark4\"").containsPattern("\"compute\" ?: ?\"local_duckdb\"");

        List<String> codes = List.of("1|c1|2.50|2024-02-02|true", "2|null|5.00|2024-02-03|false", "3|c3|7.50|2024-02-04|true");
        try (Connection pg = postgres.connect()) {
            assertThat(rows(pg, "select a.attname || ' ' || format_type(a.atttypid, a.atttypmod) from pg_attribute a"
                    + " where a.attrelid = 'analytics.codes_pg'::regclass and a.attnum > 0 order by a.attnum"))
                    .containsExactly("id integer", "code text", "price numeric(8,2)", "day date", "odd boolean");
            assertThat(rows(pg, "select * from analytics.codes_pg order by id")).isEqualTo(codes);
            assertThat(rows(pg, "select * from analytics.rates_pg order by id")).isEqualTo(SeedFormatProject.RATES);
        }
        try (Connection maria = mariadb.connect()) {
            assertThat(rows(maria, "select concat(column_name, ' ', column_type) from information_schema.columns"
                    + " where table_schema = database() and table_name = 'codes_maria' order by ordinal_position"))
                    .containsExactly("id int(11)", "code longtext", "price decimal(8,2)", "day date", "odd tinyint(1)");
            assertThat(rows(maria, "select * from codes_maria order by id")).isEqualTo(codes);
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:" + project.resolve("fmt.duckdb"))) {
            assertThat(rows(duck, "select column_name || ' ' || data_type from information_schema.columns"
                    + " where table_name = 'codes_duck' order by ordinal_position"))
                    .containsExactly("id INTEGER", "code VARCHAR", "price DECIMAL(8,2)", "day DATE", "odd BOOLEAN");
            assertThat(rows(duck, "select * from main.codes_duck order by id")).isEqualTo(codes);
        }
    }

    @Test
    void cliComputeReadsParquetAndJsonThroughSparkKeepingTheFilesColumnOrder() throws Exception {
        DvtProcess.Result seed = DvtProcess.runWithJvmOptions(project, Map.of(), home, "seed", "--no-color", "-c", "spark4",
                "-s", "rates_maria", "people_pg", "cities_duck");
        assertThat(seed.exitCode()).as(seed.output()).isZero();
        assertThat(seed.output()).contains("Done. PASS=3 WARN=0 ERROR=0 SKIP=0 NO-OP=0 TOTAL=3");
        assertThat(Files.readString(project.resolve("target/run_results.json")))
                .containsPattern("\"compute\" ?: ?\"spark4\"").doesNotContain("local_duckdb");

        try (Connection maria = mariadb.connect()) {
            assertThat(rows(maria, "select * from rates_maria order by id")).isEqualTo(SeedFormatProject.RATES);
        }
        try (Connection pg = postgres.connect()) {
            // Spark's JSON reader infers no dates: born stays text, and the columns keep the file's order.
            assertThat(rows(pg, "select a.attname || ' ' || format_type(a.atttypid, a.atttypmod) from pg_attribute a"
                    + " where a.attrelid = 'analytics.people_pg'::regclass and a.attnum > 0 order by a.attnum"))
                    .containsExactly("id bigint", "name text", "born text", "score double precision");
            assertThat(rows(pg, "select * from analytics.people_pg order by id")).isEqualTo(SeedFormatProject.PEOPLE);
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:" + project.resolve("fmt.duckdb"))) {
            assertThat(rows(duck, "select * from main.cities_duck order by city_id")).containsExactly("10|Oslo", "20|Lima");
        }
    }

    /** Runs {@code sql} on a local Spark (the synced jars) and returns the single ORC file it wrote. */
    private static Path writeOrcWithSpark(Path dir, String sql) throws Exception {
        Path work = Files.createDirectories(dir.resolve("orc-writer"));
        Path program = Files.writeString(work.resolve("WriteOrc.java"), """
                import org.apache.spark.sql.SparkSession;

                public class WriteOrc {
                    public static void main(String[] args) {
                        SparkSession spark = SparkSession.builder().master("local[1]").appName("orc")
                                .config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1")
                                .config("spark.driver.host", "127.0.0.1").config("spark.sql.session.timeZone", "UTC")
                                .getOrCreate();
                        spark.sql(args[0]).coalesce(1).write().mode("overwrite").orc(args[1]);
                        spark.stop();
                    }
                }
                """);
        List<Path> jars = new ClasspathLocator(new InstallCache(userHome.resolve(".dvt"))).sparkJars(SPARK);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String pkg : List.of("java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net", "java.nio",
                "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref", "sun.nio.ch",
                "sun.nio.cs", "sun.security.action", "sun.util.calendar")) {
            command.add("--add-opens=java.base/" + pkg + "=ALL-UNNAMED");
        }
        command.addAll(List.of("-cp", String.join(File.pathSeparator, jars.stream().map(Path::toString).toList()),
                program.toString(), sql, work.resolve("out").toString()));
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("spark.log").toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("Spark writing ORC finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(work.resolve("spark.log"))).isZero();
        try (Stream<Path> files = Files.list(work.resolve("out"))) {
            return files.filter(f -> f.getFileName().toString().matches("part-.*\\.orc")).findFirst().orElseThrow();
        }
    }
}
