package dev.dvt.it.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.it.DvtProcess;
import dev.dvt.it.TestingMariaDbServer;
import dev.dvt.it.TestingPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input on the federation path through the fat jar: each case fails with one clear paragraph
 * (no stack trace), exit code 1, and the target table of an earlier good run as it was.
 */
class FederationBadInputIT {
    @TempDir
    Path project;

    private TestingPostgresServer postgres;
    private TestingMariaDbServer mariadb;

    @BeforeEach
    void buildOnce() throws Exception {
        postgres = new TestingPostgresServer();
        mariadb = new TestingMariaDbServer();
        postgres.execute("create table orders(id int primary key, customer_id int, amount numeric(10,2));"
                + " insert into orders select g, g % 3, g from generate_series(1, 30) g");
        mariadb.execute("create table customers(id int primary key, region varchar(10))");
        mariadb.execute("insert into customers values (0,'EU'),(1,'US'),(2,'APAC')");
        Files.createDirectories(project.resolve("models"));
        Files.writeString(project.resolve("dbt_project.yml"), "name: bad\nversion: '1.0'\nconfig-version: 2\nprofile: bad\n");
        Files.writeString(project.resolve("profiles.yml"), """
                bad:
                  target: pg
                  outputs:
                    pg: {type: postgres, host: 127.0.0.1, port: 5432, user: postgres, password: "", dbname: %s, schema: public}
                    maria: {type: mariadb, server: 127.0.0.1, port: 3306, username: root, password: "", schema: %s}
                """.formatted(postgres.database(), mariadb.database()));
        Files.writeString(project.resolve("models/sources.yml"), """
                version: 2
                sources:
                  - {name: pg, connection: pg, schema: public, tables: [{name: orders}]}
                  - {name: shop, connection: maria, schema: %s, tables: [{name: customers}]}
                """.formatted(mariadb.database()));
        writeModel("o.amount");
        DvtProcess.Result first = DvtProcess.run(project, Map.of(), "run", "--no-color");
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(revenue()).isEqualTo(465);
    }

    @AfterEach
    void tearDown() {
        postgres.close();
        mariadb.close();
    }

    @Test
    void aSourceThatVanished() throws Exception {
        mariadb.execute("drop table customers");

        failsCleanly(DvtProcess.run(project, Map.of(), "run", "--no-color", "--full-refresh"), "customers");
    }

    @Test
    void aComputeThatIsNotInstalled() throws Exception {
        Files.writeString(project.resolve("computes.yml"), """
                bad:
                  target: spark9
                  computes:
                    spark9: {type: spark, version: "9.9.9", master: "local[1]"}
                """);

        failsCleanly(DvtProcess.run(project, Map.of(), "run", "--no-color"), "Spark 9.9.9 is not installed",
                "dvt sync");
    }

    @Test
    void aBucketPathThatIsNotWritable() throws Exception {
        // Root may write anywhere, so the path is made impossible instead: its parent is a file.
        Files.writeString(project.resolve("not-a-dir"), "x");
        Files.writeString(project.resolve("buckets.yml"), """
                bad:
                  target: stuck
                  buckets:
                    stuck: {type: filesystem, path: not-a-dir/staging}
                """);

        failsCleanly(DvtProcess.run(project, Map.of(), "run", "--no-color"), "stuck", "not writable");
    }

    @Test
    void aConstructTheTranspilerCannotHandle() throws Exception {
        writeModel("cast(o.amount as geography)");

        failsCleanly(DvtProcess.run(project, Map.of(), "run", "--no-color"), "geography", "In: cast(o.amount AS geography)");
    }

    private void failsCleanly(DvtProcess.Result run, String... fragments) throws Exception {
        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains(fragments).contains("ERROR=1")
                .doesNotContain("Exception", "\tat ", "at dev.dvt.");
        assertThat(revenue()).as("the target keeps the earlier run's rows").isEqualTo(465);
    }

    private void writeModel(String amount) throws Exception {
        Files.writeString(project.resolve("models/revenue.sql"), "select c.region, sum(" + amount + ") as revenue\n"
                + "from {{ source('pg', 'orders') }} o join {{ source('shop', 'customers') }} c on c.id = o.customer_id\n"
                + "group by c.region\n");
    }

    private long revenue() throws Exception {
        try (Connection c = postgres.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select sum(revenue) from public.revenue")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
