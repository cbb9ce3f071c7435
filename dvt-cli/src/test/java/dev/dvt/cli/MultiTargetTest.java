package dev.dvt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One project, two DuckDB targets: each node runs on the target it is placed on. */
class MultiTargetTest {
    @TempDir
    Path project;

    @BeforeEach
    void writeProject() throws Exception {
        Files.createDirectories(project.resolve("models"));
        Files.createDirectories(project.resolve("seeds"));
        Files.writeString(project.resolve("dbt_project.yml"), """
                name: mt
                version: "1.0"
                config-version: 2
                profile: mt
                seeds:
                  mt:
                    other_seed:
                      +target: other
                """);
        Files.writeString(project.resolve("profiles.yml"), """
                mt:
                  target: dev
                  outputs:
                    dev: {type: duckdb, path: dev.duckdb, schema: main}
                    other: {type: duckdb, path: other.duckdb, schema: analytics}
                """);
        Files.writeString(project.resolve("seeds/other_seed.csv"), "id,name\n1,a\n2,b\n");
        Files.writeString(project.resolve("seeds/main_seed.csv"), "id,v\n1,10\n2,20\n");
        Files.writeString(project.resolve("models/on_other.sql"),
                "{{ config(target='other', materialized='table') }} select * from {{ ref('other_seed') }}");
        Files.writeString(project.resolve("models/on_dev.sql"), "select * from {{ ref('main_seed') }}");
    }

    @Test
    void pushesEachModelDownToItsTarget() throws Exception {
        CliRun run = CliRun.of("build", "--project-dir", project.toString(), "--no-color");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("Execution plan: 2 models via pushdown, 0 models via federation")
                .contains("OK created sql table model analytics.on_other")
                .contains("OK created sql view model main.on_dev");
        assertThat(count("other.duckdb", "select count(*) from analytics.on_other")).isEqualTo(2);
        assertThat(count("dev.duckdb", "select count(*) from main.on_dev")).isEqualTo(2);
        assertThat(count("dev.duckdb", "select count(*) from information_schema.tables where table_name = 'on_other'")).isZero();
    }

    @Test
    void targetFlagPutsEveryModelOnThatTarget() throws Exception {
        CliRun run = CliRun.of("build", "--project-dir", project.toString(), "--no-color", "-t", "other");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(count("other.duckdb", "select count(*) from analytics.on_dev")).isEqualTo(2);
        assertThat(project.resolve("dev.duckdb")).doesNotExist();
    }

    @Test
    void unknownTargetInConfigIsAParseErrorNamingTheFile() throws Exception {
        Files.writeString(project.resolve("models/on_dev.sql"), "{{ config(target='nowhere') }} select 1 as x");
        CliRun run = CliRun.of("parse", "--project-dir", project.toString(), "--no-color");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("models/on_dev.sql").contains("sets target 'nowhere'").contains("dev, other");
    }

    @Test
    void aModelReadingTwoTargetsIsPlannedForFederation() throws Exception {
        Files.writeString(project.resolve("models/fed.sql"),
                "select a.id, b.v from {{ ref('other_seed') }} a join {{ ref('main_seed') }} b using (id)");
        CliRun run = CliRun.of("build", "--project-dir", project.toString(), "--no-color", "-s", "fed");
        assertThat(run.out()).contains("1 models via federation").contains("[DVT001] model.mt.fed is materialized as a table");
        assertThat(run.out().split("\\[DVT001]", -1)).as("DVT001 is said once").hasSize(2);
    }

    private long count(String file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + project.resolve(file));
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
