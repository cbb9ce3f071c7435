package dev.dvt.it.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.it.DvtProcess;
import dev.dvt.it.TestingMariaDbServer;
import dev.dvt.it.TestingPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `dvt run` of a model joining a PostgreSQL source with a MariaDB source, written to PostgreSQL,
 * MariaDB and DuckDB through the fat jar, with the embedded DuckDB compute.
 */
class FederationCliIT {
    @TempDir
    Path project;

    private TestingPostgresServer postgres;
    private TestingMariaDbServer mariadb;

    @BeforeEach
    void setUp() throws Exception {
        postgres = new TestingPostgresServer();
        mariadb = new TestingMariaDbServer();
        OrdersAndCustomers.create(project, postgres, mariadb,
                "    duck: {type: duckdb, path: fed.duckdb, schema: main}\n");
        for (String target : List.of("pg", "maria", "duck")) {
            Files.writeString(project.resolve("models/revenue_" + target + ".sql"),
                    "{{ config(target='" + target + "') }}\n" + OrdersAndCustomers.REVENUE_SQL);
        }
    }

    @AfterEach
    void tearDown() {
        postgres.close();
        mariadb.close();
    }

    @Test
    void joinsPostgresAndMariaDbIntoEachTarget() throws Exception {
        DvtProcess.Result run = DvtProcess.run(project, Map.of(), "run", "--no-color");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Execution plan: 0 models via pushdown, 3 models via federation")
                .contains("[DVT001]")
                .contains("OK created sql table model analytics.revenue_pg")
                .contains("Done. PASS=3 WARN=0 ERROR=0 SKIP=0 NO-OP=0 TOTAL=3");

        List<String> expected = List.of("APAC|199|150145.50", "EU|398|300589.50", "US|397|299983.50");
        try (Connection pg = postgres.connect()) {
            assertThat(rows(pg, "select region, orders, revenue from analytics.revenue_pg order by 1")).isEqualTo(expected);
        }
        try (Connection maria = mariadb.connect()) {
            assertThat(rows(maria, "select region, orders, revenue from revenue_maria order by 1")).isEqualTo(expected);
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:" + project.resolve("fed.duckdb"))) {
            assertThat(rows(duck, "select region, orders, cast(revenue as decimal(12,2)) from main.revenue_duck order by 1"))
                    .isEqualTo(expected);
        }

        // Second run: the staged inputs are current, nothing is extracted again from PostgreSQL.
        DvtProcess.Result again = DvtProcess.run(project, Map.of(), "run", "--no-color", "-s", "revenue_pg");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).doesNotContain("rows of source.fed.crm.orders (copy");
    }

    @Test
    void compileShowsEachSourcesQueryAndTheComputeSql() throws Exception {
        DvtProcess.Result compile = DvtProcess.run(project, Map.of(), "compile", "--no-color", "-s", "revenue_duck");
        assertThat(compile.exitCode()).as(compile.output()).isZero();
        assertThat(compile.output())
                .contains("Federation plan of 'revenue_duck':")
                .contains("-- federated: inputs on [maria, pg], written to 'duck' with compute 'local_duckdb'")
                // Only the used columns, and the single-source predicate pushed down, in each source's dialect.
                .contains("SELECT \"customer_id\", \"amount\" FROM \"" + postgres.database() + "\".\"crm\".\"orders\" WHERE \"amount\" > 10;")
                .contains("SELECT `id`, `region` FROM `" + mariadb.database() + "`.`customers`;")
                .containsPattern("-- compute:\\nSELECT c\\.region, count\\(\\*\\) AS orders.* FROM _dvt_[0-9a-f]{8}_o AS o JOIN _dvt_[0-9a-f]{8}_c AS c");
    }

    @Test
    void hooksDocsAndGrantsOfAFederatedModelRunOnItsTarget() throws Exception {
        postgres.execute("create table public.hook_log(step text);"
                + " do $$ begin create role dvt_it_grantee; exception when duplicate_object then null; end $$");
        Files.writeString(project.resolve("models/revenue_pg.sql"), """
                {{ config(target='pg', persist_docs={'relation': true, 'columns': true},
                          grants={'select': ['dvt_it_grantee']},
                          pre_hook="insert into public.hook_log values ('pre')",
                          post_hook="insert into public.hook_log select 'post ' || count(*) from {{ this }}") }}
                """ + OrdersAndCustomers.REVENUE_SQL);
        Files.writeString(project.resolve("models/revenue.yml"), """
                version: 2
                models:
                  - name: revenue_pg
                    description: Revenue per region
                    columns:
                      - name: region
                        description: Where the customer lives
                """);

        DvtProcess.Result run = DvtProcess.run(project, Map.of(), "run", "--no-color", "-s", "revenue_pg");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("1 models via federation");
        try (Connection pg = postgres.connect(); ResultSet rs = pg.createStatement().executeQuery(
                "select (select string_agg(step, ',') from public.hook_log),"
                        + " obj_description('analytics.revenue_pg'::regclass),"
                        + " col_description('analytics.revenue_pg'::regclass, 1),"
                        + " has_table_privilege('dvt_it_grantee', 'analytics.revenue_pg', 'select')")) {
            rs.next();
            // the post-hook ran after the load: it counted the three regions
            assertThat(rs.getString(1)).isEqualTo("pre,post 3");
            assertThat(rs.getString(2)).isEqualTo("Revenue per region");
            assertThat(rs.getString(3)).isEqualTo("Where the customer lives");
            assertThat(rs.getBoolean(4)).isTrue();
        } finally {
            // a role outlives the test database: take its privileges away, then the role itself
            postgres.execute("drop owned by dvt_it_grantee; drop role dvt_it_grantee");
        }
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1) + "|" + rs.getLong(2) + "|" + new java.math.BigDecimal(rs.getString(3)).setScale(2));
            }
        }
        return out;
    }
}
