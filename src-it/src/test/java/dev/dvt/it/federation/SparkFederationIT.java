package dev.dvt.it.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.it.DvtProcess;
import dev.dvt.it.TestingMariaDbServer;
import dev.dvt.it.TestingPostgresServer;
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
 * Issue 7's fresh-machine scenario: `dvt sync` for a project with PostgreSQL and MariaDB targets
 * and a Spark 4 compute (downloading Spark from Maven Central into a ~/.dvt of the test's own),
 * then `dvt debug` and a federated `dvt run` on Spark, with nothing else installed.
 */
class SparkFederationIT {
    @TempDir
    Path project;

    private TestingPostgresServer postgres;
    private TestingMariaDbServer mariadb;
    private List<String> home;

    @BeforeEach
    void setUp() throws Exception {
        // The Spark download is kept across runs in the (git-ignored) .spark-cache folder.
        Path userHome = DvtProcess.repoRoot().resolve(".spark-cache/sync-home");
        Files.createDirectories(userHome);
        home = List.of("-Duser.home=" + userHome);
        postgres = new TestingPostgresServer();
        mariadb = new TestingMariaDbServer();
        postgres.execute("create table orders(id int primary key, customer_id int, amount numeric(10,2));"
                + " insert into orders select g, g % 3, g from generate_series(1, 300) g");
        mariadb.execute("create table customers(id int primary key, region varchar(10))");
        mariadb.execute("insert into customers values (0,'EU'),(1,'US'),(2,'APAC')");
        Files.createDirectories(project.resolve("models"));
        Files.writeString(project.resolve("dbt_project.yml"), "name: sp\nversion: '1.0'\nconfig-version: 2\nprofile: sp\n");
        Files.writeString(project.resolve("profiles.yml"), """
                sp:
                  target: pg
                  outputs:
                    pg: {type: postgres, host: 127.0.0.1, port: 5432, user: postgres, password: "", dbname: %s, schema: public}
                    maria: {type: mariadb, server: 127.0.0.1, port: 3306, username: root, password: "", schema: %s}
                """.formatted(postgres.database(), mariadb.database()));
        Files.writeString(project.resolve("computes.yml"), """
                sp:
                  target: spark4
                  computes:
                    spark4:
                      type: spark
                      version: "4.0.1"
                      master: "local[2]"
                      config:
                        spark.driver.memory: 1g
                        spark.sql.shuffle.partitions: "2"
                """);
        Files.writeString(project.resolve("models/sources.yml"), """
                version: 2
                sources:
                  - name: pg
                    connection: pg
                    schema: public
                    tables: [{name: orders}]
                  - name: shop
                    connection: maria
                    schema: %s
                    tables: [{name: customers}]
                """.formatted(mariadb.database()));
        Files.writeString(project.resolve("models/revenue.sql"), """
                select c.region, count(*) as orders, sum(o.amount) as revenue
                from {{ source('pg', 'orders') }} o
                join {{ source('shop', 'customers') }} c on c.id = o.customer_id
                group by c.region
                """);
    }

    @AfterEach
    void tearDown() {
        postgres.close();
        mariadb.close();
    }

    @Test
    void syncThenDebugThenAFederatedRunOnSpark() throws Exception {
        DvtProcess.Result sync = DvtProcess.runWithJvmOptions(project, Map.of(), home, "sync", "--no-color");
        assertThat(sync.exitCode()).as(sync.output()).isZero();
        assertThat(sync.output()).containsPattern("spark +4\\.0\\.1 +(INSTALLED|CACHED)").contains("Sync complete.");

        DvtProcess.Result debug = DvtProcess.runWithJvmOptions(project, Map.of(), home, "debug", "--no-color");
        assertThat(debug.exitCode()).as(debug.output()).isZero();
        assertThat(debug.output()).contains("compute spark4 (spark 4.0.1, local[2]) [OK installed]").contains("All checks passed!");

        DvtProcess.Result run = DvtProcess.runWithJvmOptions(project, Map.of(), home, "run", "--no-color");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("1 models via federation").contains("Done. PASS=1");
        try (Connection pg = postgres.connect();
                ResultSet rs = pg.createStatement().executeQuery("select region, orders, revenue from public.revenue order by 1")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getBigDecimal(3).stripTrailingZeros().toPlainString());
            }
            assertThat(rows).containsExactly("APAC|100|15050", "EU|100|15150", "US|100|14950");
        }
    }
}
