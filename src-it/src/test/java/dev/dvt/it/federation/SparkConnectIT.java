package dev.dvt.it.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.core.database.InstallCache;
import dev.dvt.it.DvtProcess;
import dev.dvt.it.SyncedSpark;
import dev.dvt.it.TestingMariaDbServer;
import dev.dvt.it.TestingPostgresServer;
import dev.dvt.it.TestingSparkConnectServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spark compute whose master is a real Spark Connect server ({@code sc://}): `dvt sync` installs
 * the Connect client, `dvt debug` reaches the server, and the PostgreSQL × MariaDB join runs on it
 * through the fat jar, giving the rows the DuckDB compute gives. Then the ways it goes wrong: a
 * server that is not there, and a setting only the server may change.
 */
class SparkConnectIT {
    @TempDir
    static Path scratch;
    private static TestingSparkConnectServer server;

    @TempDir
    Path project;
    private TestingPostgresServer postgres;
    private TestingMariaDbServer mariadb;

    @BeforeAll
    static void startServer() throws Exception {
        InstallCache cache = SyncedSpark.install(scratch);
        server = TestingSparkConnectServer.start(cache, Files.createDirectories(scratch.resolve("server")));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        postgres = new TestingPostgresServer();
        mariadb = new TestingMariaDbServer();
        OrdersAndCustomers.create(project, postgres, mariadb, "");
        Files.writeString(project.resolve("models/revenue.sql"), OrdersAndCustomers.REVENUE_SQL);
    }

    @AfterEach
    void tearDown() {
        postgres.close();
        mariadb.close();
    }

    private void computes(String master, String moreConfig) throws Exception {
        Files.writeString(project.resolve("computes.yml"), """
                fed:
                  target: connect
                  computes:
                    connect:
                      type: spark
                      version: "%s"
                      master: "%s"
                      config:
                        spark.sql.shuffle.partitions: "2"
                %s
                    duck: {type: duckdb}
                """.formatted(SyncedSpark.VERSION, master, moreConfig));
    }

    private DvtProcess.Result dvt(String... args) throws Exception {
        return DvtProcess.runWithJvmOptions(project, Map.of(), SyncedSpark.homeOption(), args);
    }

    @Test
    void syncDebugAndAFederatedRunOnSparkConnectAgreeWithDuckDb() throws Exception {
        computes(server.url() + "/;user_id=dvt_it", "");

        DvtProcess.Result sync = dvt("sync", "--no-color");
        assertThat(sync.exitCode()).as(sync.output()).isZero();
        assertThat(sync.output()).containsPattern("spark-connect-client +4\\.0\\.1 +(INSTALLED|CACHED)");
        DvtProcess.Result debug = dvt("debug", "--no-color");
        assertThat(debug.exitCode()).as(debug.output()).isZero();
        assertThat(debug.output()).contains("compute connect (spark 4.0.1, " + server.url() + "/;user_id=dvt_it)"
                + " [OK installed, server reachable]");

        DvtProcess.Result run = dvt("run", "--no-color");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("1 models via federation").contains("Done. PASS=1");
        assertThat(Files.readString(project.resolve("logs/dvt.log"))).contains("Spark worker for compute 'connect' started");
        List<String> onSparkConnect = revenue();
        assertThat(onSparkConnect).hasSize(3);
        assertThat(onSparkConnect.stream().mapToLong(row -> Long.parseLong(row.split("\\|")[1])).sum())
                .as("orders with amount > 10").isEqualTo(994);

        DvtProcess.Result onDuckDb = dvt("run", "--no-color", "-c", "duck", "--full-refresh");
        assertThat(onDuckDb.exitCode()).as(onDuckDb.output()).isZero();
        assertThat(revenue()).containsExactlyElementsOf(onSparkConnect);
    }

    @Test
    void aServerThatIsNotThereFailsFastAndSaysWhere() throws Exception {
        int port = TestingSparkConnectServer.freePort();
        computes("sc://127.0.0.1:" + port, "");
        assertThat(dvt("sync", "--no-color").exitCode()).isZero();

        long began = System.nanoTime();
        DvtProcess.Result run = dvt("run", "--no-color");
        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("The Spark Connect server of compute 'connect' at 127.0.0.1:" + port
                + " cannot be reached").contains("correct `master` in computes.yml").doesNotContain("\tat ");
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(90));
        assertThat(tableExists()).isFalse();
    }

    @Test
    void aSettingOnlyTheServerMayChangeIsNamed() throws Exception {
        computes(server.url(), "        spark.executor.memory: 2g");
        assertThat(dvt("sync", "--no-color").exitCode()).isZero();

        DvtProcess.Result run = dvt("run", "--no-color");
        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("The Spark Connect server does not let a client set spark.executor.memory")
                .contains("set it where the server is started").doesNotContain("\tat ");
        assertThat(tableExists()).isFalse();
    }

    private List<String> revenue() throws Exception {
        try (Connection pg = postgres.connect(); ResultSet rs = pg.createStatement()
                .executeQuery("select region, orders, revenue from analytics.revenue order by region")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getBigDecimal(3).stripTrailingZeros().toPlainString());
            }
            return rows;
        }
    }

    private boolean tableExists() throws Exception {
        try (Connection pg = postgres.connect(); ResultSet rs = pg.createStatement()
                .executeQuery("select count(*) from information_schema.tables where table_name = 'revenue'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }
}
