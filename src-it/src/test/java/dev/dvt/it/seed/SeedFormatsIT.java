package dev.dvt.it.seed;

import static dev.dvt.it.seed.SeedFormatProject.PEOPLE;
import static dev.dvt.it.seed.SeedFormatProject.RATES;
import static dev.dvt.it.seed.SeedFormatProject.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.artifacts.schema.Artifact;
import dev.dvt.artifacts.schema.ArtifactSchemas;
import dev.dvt.it.DvtProcess;
import dev.dvt.it.TestingMariaDbServer;
import dev.dvt.it.TestingPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `dvt seed` and `dvt build` of Parquet and JSON seeds through the embedded DuckDB compute into
 * PostgreSQL, MariaDB and DuckDB, with the fat jar.
 */
class SeedFormatsIT {
    @TempDir
    Path project;

    private TestingPostgresServer postgres;
    private TestingMariaDbServer mariadb;

    @BeforeEach
    void setUp() throws Exception {
        postgres = new TestingPostgresServer();
        mariadb = new TestingMariaDbServer();
        SeedFormatProject.write(project, postgres, mariadb);
        for (String target : SeedFormatProject.TARGETS) {
            Path dir = project.resolve("seeds").resolve(target);
            SeedFormatProject.ratesParquet(dir.resolve("rates_" + target + ".parquet"));
            SeedFormatProject.peopleJsonLines(dir.resolve("people_" + target + ".json"));
            SeedFormatProject.citiesJsonArray(dir.resolve("cities_" + target + ".json"));
        }
        Files.writeString(project.resolve("seeds/properties.yml"), """
                version: 2
                seeds:
                  - name: rates_pg
                    config: {column_types: {rate: "numeric(12,4)"}}
                    columns:
                      - name: id
                        tests: [not_null, unique]
                  - name: rates_maria
                    config: {column_types: {RATE: "decimal(12,4)"}}
                  - name: people_duck
                    config: {column_types: {score: "DECIMAL(5,2)"}}
                """);
    }

    @AfterEach
    void tearDown() {
        postgres.close();
        mariadb.close();
    }

    @Test
    void parquetAndJsonSeedsLoadIntoEveryTargetWithTheirTypes() throws Exception {
        DvtProcess.Result seed = DvtProcess.run(project, Map.of(), "seed", "--no-color");
        assertThat(seed.exitCode()).as(seed.output()).isZero();
        assertThat(seed.output())
                .containsPattern("OK loaded seed file analytics\\.rates_pg \\.+ \\[INSERT 4 in \\d+\\.\\d\\ds]")
                .containsPattern("OK loaded seed file " + mariadb.database() + "\\.people_maria \\.+ \\[INSERT 3 in")
                .containsPattern("OK loaded seed file main\\.cities_duck \\.+ \\[INSERT 2 in")
                .contains("Done. PASS=9 WARN=0 ERROR=0 SKIP=0 NO-OP=0 TOTAL=9");

        List<String> ratesWithOverride = RATES.stream().map(r -> r.replaceFirst("^(\\d)\\|(\\d\\.\\d\\d)", "$1|$200"))
                .toList();
        try (Connection pg = postgres.connect()) {
            assertThat(pgTypes(pg, "rates_pg")).containsExactly("id integer", "rate numeric(12,4)", "day date",
                    "label text", "seen timestamp without time zone", "active boolean");
            assertThat(rows(pg, "select * from analytics.rates_pg order by id")).isEqualTo(ratesWithOverride);
            assertThat(pgTypes(pg, "people_pg")).containsExactly("id bigint", "name text", "born date",
                    "score double precision");
            assertThat(rows(pg, "select * from analytics.people_pg order by id")).isEqualTo(PEOPLE);
            assertThat(rows(pg, "select * from analytics.cities_pg order by city_id")).containsExactly("10|Oslo", "20|Lima");
        }
        try (Connection maria = mariadb.connect()) {
            assertThat(mariaTypes(maria, "rates_maria")).containsExactly("id int(11)", "rate decimal(12,4)", "day date",
                    "label longtext", "seen datetime(6)", "active tinyint(1)");
            assertThat(rows(maria, "select * from rates_maria order by id")).isEqualTo(ratesWithOverride);
            assertThat(mariaTypes(maria, "people_maria")).containsExactly("id bigint(20)", "name longtext", "born date",
                    "score double");
            assertThat(rows(maria, "select * from people_maria order by id")).isEqualTo(PEOPLE);
            assertThat(rows(maria, "select * from cities_maria order by city_id")).containsExactly("10|Oslo", "20|Lima");
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:" + project.resolve("fmt.duckdb"))) {
            assertThat(duckTypes(duck, "rates_duck")).containsExactly("id INTEGER", "rate DECIMAL(6,2)", "day DATE",
                    "label VARCHAR", "seen TIMESTAMP", "active BOOLEAN");
            assertThat(rows(duck, "select * from main.rates_duck order by id")).isEqualTo(RATES);
            assertThat(duckTypes(duck, "people_duck")).containsExactly("id BIGINT", "name VARCHAR", "born DATE",
                    "score DECIMAL(5,2)");
            assertThat(rows(duck, "select * from main.people_duck order by id")).containsExactly(
                    "1|Ana|1990-05-01|1.50", "2|Bo|1985-12-31|2.25", "3|null|2001-07-04|-0.50");
        }
    }

    @Test
    void buildLoadsTheSeedsRunsModelsOnThemAndTestsThem() throws Exception {
        Files.createDirectories(project.resolve("models"));
        Files.writeString(project.resolve("models/residents.sql"), "select p.name, c.city from {{ ref('people_pg') }} p"
                + " join {{ ref('cities_pg') }} c on c.city_id = p.id * 10");

        DvtProcess.Result build = DvtProcess.run(project, Map.of(), "build", "--no-color", "-s", "+residents", "rates_pg+");
        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(build.output()).contains("OK loaded seed file analytics.people_pg", "OK loaded seed file analytics.rates_pg",
                "OK created sql view model analytics.residents", "PASS not_null_rates_pg_id", "PASS unique_rates_pg_id",
                "Done. PASS=6 WARN=0 ERROR=0 SKIP=0 NO-OP=0 TOTAL=6");
        try (Connection pg = postgres.connect()) {
            assertThat(rows(pg, "select * from analytics.residents order by 1")).containsExactly("Ana|Oslo", "Bo|Lima");
        }
        assertThat(ArtifactSchemas.validate(project.resolve("target/manifest.json"), Artifact.MANIFEST)).isEmpty();
        assertThat(Files.readString(project.resolve("target/manifest.json")))
                .contains("\"original_file_path\" : \"seeds/pg/rates_pg.parquet\"");
    }

    @Test
    void reloadTruncatesFullRefreshRecreatesEmptyCreatesNoRowsAndAFailedLoadKeepsTheTable() throws Exception {
        DvtProcess.Result first = DvtProcess.run(project, Map.of(), "seed", "--no-color", "-s", "rates_pg");
        assertThat(first.exitCode()).as(first.output()).isZero();
        long created = tableOid("rates_pg");

        DvtProcess.Result again = DvtProcess.run(project, Map.of(), "seed", "--no-color", "-s", "rates_pg");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("[INSERT 4 in");
        assertThat(tableOid("rates_pg")).as("truncated and refilled, not recreated").isEqualTo(created);

        DvtProcess.Result refresh = DvtProcess.run(project, Map.of(), "seed", "--no-color", "-s", "rates_pg", "--full-refresh");
        assertThat(refresh.exitCode()).as(refresh.output()).isZero();
        long recreated = tableOid("rates_pg");
        assertThat(recreated).isNotEqualTo(created);

        // The same columns with a day that is not a date: the refill fails and the table keeps its rows.
        SeedFormatProject.duckdb("COPY (SELECT 9 AS id, 1.0 AS rate, 'not a date' AS day, 'x' AS label,"
                + " TIMESTAMP '2024-01-01' AS seen, true AS active) TO '" + project.resolve("seeds/pg/rates_pg.parquet")
                + "' (FORMAT parquet)");
        DvtProcess.Result failed = DvtProcess.run(project, Map.of(), "seed", "--no-color", "-s", "rates_pg");
        assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1);
        assertThat(failed.output()).contains("Seed seeds/pg/rates_pg.parquet (compute 'local_duckdb')", "left as it was",
                "--full-refresh").doesNotContain("\tat dev.dvt");
        try (Connection pg = postgres.connect()) {
            assertThat(rows(pg, "select count(*), max(id) from analytics.rates_pg")).containsExactly("4|4");
        }
        assertThat(tableOid("rates_pg")).isEqualTo(recreated);

        DvtProcess.Result empty = DvtProcess.run(project, Map.of(), "seed", "--no-color", "-s", "people_pg", "--empty");
        assertThat(empty.exitCode()).as(empty.output()).isZero();
        assertThat(empty.output()).contains("OK loaded seed file analytics.people_pg", "[INSERT 0 in");
        try (Connection pg = postgres.connect()) {
            assertThat(rows(pg, "select count(*) from analytics.people_pg")).containsExactly("0");
            assertThat(pgTypes(pg, "people_pg")).hasSize(4);
        }
    }

    @Test
    void anOrcSeedOnTheDuckDbComputeFailsNamingTheSparkComputeToPick() throws Exception {
        Files.writeString(project.resolve("seeds/duck/codes.orc"), "ORC");

        DvtProcess.Result seed = DvtProcess.run(project, Map.of(), "seed", "--no-color", "-s", "codes", "rates_duck");
        assertThat(seed.exitCode()).as(seed.output()).isEqualTo(1);
        assertThat(seed.output())
                .contains("Seed file seeds/duck/codes.orc is ORC, which the DuckDB compute 'local_duckdb' cannot read."
                        + " Pick a Spark compute with `-c <name>`: spark4")
                .contains("OK loaded seed file main.rates_duck")
                .contains("Done. PASS=1 WARN=0 ERROR=1 SKIP=0 NO-OP=0 TOTAL=2")
                .doesNotContain("Exception");
    }

    @Test
    void aParquetSeedRunsItsHooksAndPersistsItsDocsOnTheTarget() throws Exception {
        postgres.execute("create table public.hook_log(step text)");
        Files.writeString(project.resolve("seeds/properties.yml"), """
                version: 2
                seeds:
                  - name: rates_pg
                    description: Exchange rates
                    config:
                      persist_docs: {relation: true, columns: true}
                      pre_hook: "insert into public.hook_log values ('pre')"
                      post_hook: "insert into public.hook_log select 'post ' || count(*) from {{ this }}"
                    columns:
                      - name: rate
                        description: Units per euro
                """);

        DvtProcess.Result seed = DvtProcess.run(project, Map.of(), "seed", "--no-color", "-s", "rates_pg");
        assertThat(seed.exitCode()).as(seed.output()).isZero();
        try (Connection pg = postgres.connect()) {
            // the post-hook ran after the compute loaded the four rows
            assertThat(rows(pg, "select string_agg(step, ',') from public.hook_log")).containsExactly("pre,post 4");
            assertThat(rows(pg, "select obj_description('analytics.rates_pg'::regclass) || ' / '"
                    + " || col_description('analytics.rates_pg'::regclass, 2)"))
                    .containsExactly("Exchange rates / Units per euro");
        }
    }

    private long tableOid(String table) throws Exception {
        try (Connection pg = postgres.connect()) {
            return Long.parseLong(rows(pg, "select 'analytics." + table + "'::regclass::oid").get(0));
        }
    }

    private static List<String> pgTypes(Connection pg, String table) throws Exception {
        return rows(pg, "select a.attname || ' ' || format_type(a.atttypid, a.atttypmod) from pg_attribute a"
                + " where a.attrelid = 'analytics." + table + "'::regclass and a.attnum > 0 and not a.attisdropped"
                + " order by a.attnum");
    }

    private static List<String> mariaTypes(Connection maria, String table) throws Exception {
        return rows(maria, "select concat(column_name, ' ', column_type) from information_schema.columns"
                + " where table_schema = database() and table_name = '" + table + "' order by ordinal_position");
    }

    private static List<String> duckTypes(Connection duck, String table) throws Exception {
        return rows(duck, "select column_name || ' ' || data_type from information_schema.columns where table_name = '"
                + table + "' order by ordinal_position");
    }
}
