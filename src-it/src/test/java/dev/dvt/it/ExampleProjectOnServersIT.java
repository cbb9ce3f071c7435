package dev.dvt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example project, unchanged, on real PostgreSQL and MariaDB, and split across both. */
class ExampleProjectOnServersIT {
    @TempDir
    Path work;

    private TestingPostgresServer postgres;
    private TestingMariaDbServer mariadb;
    private Path project;

    @BeforeEach
    void setUp() throws Exception {
        postgres = new TestingPostgresServer();
        mariadb = new TestingMariaDbServer();
        project = Projects.copyExample(work);
        Files.writeString(project.resolve("profiles.yml"), """
                shop:
                  target: pg
                  outputs:
                    pg:
                      type: postgres
                      host: 127.0.0.1
                      port: 5432
                      user: postgres
                      password: ""
                      dbname: %s
                      schema: public
                      threads: 4
                    maria:
                      type: mariadb
                      server: 127.0.0.1
                      port: 3306
                      username: root
                      password: ""
                      schema: %s
                      threads: 4
                """.formatted(postgres.database(), mariadb.database()));
    }

    @AfterEach
    void tearDown() {
        postgres.close();
        mariadb.executeWithoutDatabase("DROP DATABASE IF EXISTS " + mariadb.database() + "_raw");
        mariadb.executeWithoutDatabase("DROP DATABASE IF EXISTS snapshots");
        mariadb.close();
    }

    @Test
    void buildsOnPostgres() throws Exception {
        DvtProcess.Result build = DvtProcess.run(project, Map.of(), "build", "--no-color");
        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(build.output()).contains("Done. PASS=24 WARN=0 ERROR=0 SKIP=0 NO-OP=0 TOTAL=24");
        try (Connection c = postgres.connect()) {
            assertThat(count(c, "select count(*) from public.customers")).isEqualTo(50);
            assertThat(count(c, "select count(*) from snapshots.customers_snapshot")).isEqualTo(50);
        }
        // A second build keeps the snapshot history and rebuilds the tables in place.
        assertThat(DvtProcess.run(project, Map.of(), "build", "--no-color").exitCode()).isZero();
    }

    @Test
    void buildsOnMariaDb() throws Exception {
        DvtProcess.Result build = DvtProcess.run(project, Map.of(), "build", "--no-color", "-t", "maria");
        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(build.output()).contains("Done. PASS=24 WARN=0 ERROR=0 SKIP=0 NO-OP=0 TOTAL=24");
        assertThat(DvtProcess.run(project, Map.of(), "snapshot", "--no-color", "-t", "maria").exitCode()).isZero();
        try (Connection c = mariadb.connect()) {
            assertThat(count(c, "select count(*) from " + mariadb.database() + ".customers")).isEqualTo(50);
            assertThat(count(c, "select count(*) from snapshots.customers_snapshot where dbt_valid_to is null")).isEqualTo(50);
        }
    }

    @Test
    void marksWrittenToMariaDbRunThroughPushdown() throws Exception {
        // Seeds, staging and marts all placed on MariaDB; the profile's default target stays PostgreSQL.
        String projectFile = Files.readString(project.resolve("dbt_project.yml"));
        Files.writeString(project.resolve("dbt_project.yml"), projectFile
                .replace("models:\n  shop:\n", "models:\n  shop:\n    +target: maria\n")
                .replace("seeds:\n  shop:\n", "seeds:\n  shop:\n    +target: maria\n"));
        DvtProcess.Result build = DvtProcess.run(project, Map.of(), "build", "--no-color", "--exclude", "resource_type:snapshot");
        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(build.output()).contains("Execution plan: 5 models via pushdown, 0 models via federation")
                .contains("OK created sql table model " + mariadb.database() + ".customers");
        try (Connection c = mariadb.connect()) {
            assertThat(count(c, "select count(*) from " + mariadb.database() + ".customers")).isEqualTo(50);
        }
        try (Connection c = postgres.connect()) {
            assertThat(count(c, "select count(*) from information_schema.tables where table_name = 'customers'")).isZero();
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
