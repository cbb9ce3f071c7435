import dev.dvt.core.bulk.FederationConnectors;
import dev.dvt.core.config.ComputeConfig;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.federation.plan.InputRelation;
import dev.dvt.federation.compute.ComputeContext;
import dev.dvt.federation.compute.ComputeEngines;
import dev.dvt.federation.runner.EngineModelCompute;
import dev.dvt.federation.runner.FederatedInput;
import dev.dvt.federation.runner.FederatedModel;
import dev.dvt.federation.runner.FederatedModelRunner;
import dev.dvt.federation.runner.FederationResult;
import dev.dvt.federation.runner.FederationTarget;
import dev.dvt.federation.staging.StagingBucket;
import dev.dvt.spi.ConnectionSource;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileInputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Federated copy+transform throughput against the raw bulk limits measured in the same run:
 * PostgreSQL COPY TO STDOUT alone, and COPY FROM STDIN alone, on the same rows.
 * Usage: bench/run.sh [rows]   (PostgreSQL on 127.0.0.1:5432, user postgres, trust)
 */
public class FederationBenchmark {
    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 5_000_000L;
        String admin = "jdbc:postgresql://127.0.0.1:5432/postgres";
        try (Connection c = DriverManager.getConnection(admin, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS dvt_bench WITH (FORCE)");
            s.execute("CREATE DATABASE dvt_bench");
        }
        ConnectionSource pg = () -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/dvt_bench", "postgres", "");
        try (Connection c = pg.open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE src (id bigint, customer integer, amount numeric(12,2), status text,"
                    + " created timestamp)");
            s.execute("INSERT INTO src SELECT i, i % 1000, (i % 100000) / 100.0, CASE WHEN i % 2 = 0 THEN 'paid'"
                    + " ELSE 'open' END, TIMESTAMP '2024-01-01' + i * INTERVAL '1 second' FROM generate_series(1, "
                    + rows + ") i");
            s.execute("VACUUM ANALYZE src");
            s.execute("CREATE TABLE raw_copy (LIKE src)");
        }
        Path work = Files.createTempDirectory("dvt-bench");
        Path csv = work.resolve("src.csv");

        long t0 = System.nanoTime();
        try (Connection c = pg.open(); OutputStream out = new BufferedOutputStream(Files.newOutputStream(csv), 1 << 16)) {
            c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY src TO STDOUT (FORMAT csv)", out);
        }
        double copyOut = seconds(t0);
        t0 = System.nanoTime();
        try (Connection c = pg.open(); var in = new BufferedInputStream(new FileInputStream(csv.toFile()), 1 << 16)) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY raw_copy FROM STDIN (FORMAT csv)", in);
        }
        double copyIn = seconds(t0);
        Files.delete(csv);

        ComputeConfig compute = new ComputeConfig.DuckDb("duckdb", "1GB", null, null,
                ComputeConfig.JdbcExtraction.DEFAULT, new ComputeConfig.JdbcLoad(Integer.getInteger("loadStreams", 4), 10_000));
        FederatedModelRunner runner = new FederatedModelRunner(new StagingBucket("bench", work.resolve("staging")),
                compute, new EngineModelCompute(ComputeEngines.open(compute, ComputeContext.standard()), "model.bench.copy"), FederationConnectors.discovered());
        String sql = "select id, customer, amount * 2 as amount2, upper(status) as status, created"
                + " from \"public\".\"src\" where amount >= 0";
        FederatedModel model = new FederatedModel("model.bench.copy", sql, "postgres",
                List.of(new FederatedInput(new InputRelation("source.bench.pg.src", null, "\"public\"", "\"src\"",
                        List.of(), "postgres"), pg)),
                FederationTarget.table("postgres", pg, RelationName.of("public", "dst")), true);
        t0 = System.nanoTime();
        FederationResult result = runner.run(model);
        double federated = seconds(t0);
        StagingBucket.deleteTree(work);

        double serialLimit = copyOut + copyIn;
        System.out.printf("rows                         %,d%n", rows);
        System.out.printf("PostgreSQL COPY TO alone     %6.2f s  %,12.0f rows/s%n", copyOut, rows / copyOut);
        System.out.printf("PostgreSQL COPY FROM alone   %6.2f s  %,12.0f rows/s%n", copyIn, rows / copyIn);
        System.out.printf("federated copy+transform     %6.2f s  %,12.0f rows/s  (%s)%n", federated, rows / federated,
                result.message());
        System.out.printf("  extract %.2f s, compute %.2f s, load %.2f s%n", secs(result.extractTime()),
                secs(result.computeTime()), secs(result.loadTime()));
        System.out.printf("ratio to COPY TO alone       %.2f%n", copyOut / federated);
        System.out.printf("ratio to COPY FROM alone     %.2f%n", copyIn / federated);
        System.out.printf("ratio to COPY TO + COPY FROM %.2f%n", serialLimit / federated);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("max heap %d MB, peak heap used %d MB%n", Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
        try (Connection c = DriverManager.getConnection(admin, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS dvt_bench WITH (FORCE)");
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double secs(java.time.Duration d) {
        return d.toMillis() / 1000.0;
    }
}
