import dev.dvt.core.bulk.FederationConnectors;
import dev.dvt.core.config.ComputeConfig;
import dev.dvt.core.database.InstallCache;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.federation.compute.ComputeContext;
import dev.dvt.federation.compute.ComputeEngine;
import dev.dvt.federation.compute.ComputeEngines;
import dev.dvt.federation.plan.InputRelation;
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
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.postgresql.PGConnection;

/**
 * Federated copy+transform throughput against the raw bulk limits measured in the same run, on
 * the same rows: PostgreSQL COPY TO alone, the target's bulk load alone (COPY FROM, or MariaDB's
 * LOAD DATA), and both at once through a pipe (the fastest a hand-made copy can go). Each round
 * measures every limit and the federated run again, one after the other, so a busy machine slows
 * both sides of a ratio alike; the figures printed are medians over the rounds.
 *
 * Usage: bench/run.sh [rows] [--rounds N] [--mariadb] [--spark-cache DIR] [--load-streams N]
 * (PostgreSQL on 127.0.0.1:5432 user postgres; MariaDB on 127.0.0.1:3306 user root; the Spark
 * figure needs a `dvt sync` cache holding Spark 4.0.1, e.g. the tests' .spark-cache).
 */
public class FederationBenchmark {
    private static final String SQL = "select id, customer, amount * 2 as amount2, upper(status) as status, created"
            + " from \"public\".\"src\" where amount >= 0";
    private static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final ConnectionSource PG = () -> DriverManager.getConnection(
            "jdbc:postgresql://127.0.0.1:5432/dvt_bench", "postgres", "");
    private static final ConnectionSource MARIA = () -> DriverManager.getConnection(
            "jdbc:mariadb://127.0.0.1:3306/dvt_bench?allowLocalInfile=true", "root", "");

    private final Map<String, List<Double>> times = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        List<String> list = Arrays.asList(args);
        long rows = args.length > 0 && !args[0].startsWith("--") ? Long.parseLong(args[0]) : 5_000_000L;
        int rounds = Integer.parseInt(option(list, "--rounds", "3"));
        int streams = Integer.parseInt(option(list, "--load-streams",
                String.valueOf(ComputeConfig.JdbcLoad.DEFAULT.numPartitions())));
        boolean mariadb = list.contains("--mariadb");
        String sparkCache = option(list, "--spark-cache", null);
        new FederationBenchmark().run(rows, rounds, streams, mariadb, sparkCache);
    }

    private void run(long rows, int rounds, int streams, boolean mariadb, String sparkCache) throws Exception {
        createSource(rows, mariadb);
        Path work = Files.createTempDirectory("dvt-bench");
        Path csv = work.resolve("src.csv");
        ComputeConfig.JdbcLoad load = new ComputeConfig.JdbcLoad(streams, 10_000);
        ComputeConfig duck = new ComputeConfig.DuckDb("duckdb", "1GB", null, null, ComputeConfig.JdbcExtraction.DEFAULT,
                load);
        try (ComputeEngine duckEngine = ComputeEngines.open(duck, ComputeContext.standard())) {
            for (int round = 1; round <= rounds; round++) {
                System.out.printf("round %d of %d%n", round, rounds);
                time("pg COPY TO alone", () -> copyOut(csv));
                time("pg COPY FROM alone", () -> copyIn(csv));
                time("pg COPY TO | COPY FROM", FederationBenchmark::copyThroughPipe);
                federate("federated -> pg (duckdb)", duck, duckEngine, work, pgTarget());
                if (mariadb) {
                    time("mariadb LOAD DATA alone", () -> loadData(csv));
                    federate("federated -> mariadb (duckdb)", duck, duckEngine, work, mariaTarget());
                }
                Files.deleteIfExists(csv);
            }
        }
        if (sparkCache != null) {
            ComputeConfig spark = new ComputeConfig.Spark("spark", "4.0.1", "local[*]",
                    Map.of("spark.driver.memory", "2g"), ComputeConfig.JdbcExtraction.DEFAULT, load);
            ComputeContext context = new ComputeContext(new InstallCache(Path.of(sparkCache)), Optional.empty());
            try (ComputeEngine sparkEngine = ComputeEngines.open(spark, context)) {
                // The first job starts the worker JVM and Spark: timed apart from the steady-state rounds.
                time("spark worker start-up", () -> runModel(spark, sparkEngine, work, pgTarget(), "spark start-up"));
                for (int round = 1; round <= rounds; round++) {
                    time("pg COPY FROM alone (spark rounds)", () -> {
                        copyOut(csv);
                        long t = System.nanoTime();
                        copyIn(csv);
                        return (System.nanoTime() - t) / 1e9;
                    });
                    federate("federated -> pg (spark)", spark, sparkEngine, work, pgTarget());
                }
            }
        }
        StagingBucket.deleteTree(work);
        report(rows, streams);
        try (Connection c = DriverManager.getConnection(PG_ADMIN, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS dvt_bench WITH (FORCE)");
        }
        if (mariadb) {
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS dvt_bench");
            }
        }
    }

    private static void createSource(long rows, boolean mariadb) throws Exception {
        try (Connection c = DriverManager.getConnection(PG_ADMIN, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS dvt_bench WITH (FORCE)");
            s.execute("CREATE DATABASE dvt_bench");
        }
        try (Connection c = PG.open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE src (id bigint, customer integer, amount numeric(12,2), status text,"
                    + " created timestamp)");
            s.execute("INSERT INTO src SELECT i, i % 1000, (i % 100000) / 100.0, CASE WHEN i % 2 = 0 THEN 'paid'"
                    + " ELSE 'open' END, TIMESTAMP '2024-01-01' + i * INTERVAL '1 second' FROM generate_series(1, "
                    + rows + ") i");
            s.execute("VACUUM ANALYZE src");
            s.execute("CREATE TABLE raw_copy (LIKE src)");
        }
        if (mariadb) {
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS dvt_bench");
                s.execute("CREATE DATABASE dvt_bench");
                s.execute("CREATE TABLE dvt_bench.raw_copy (id bigint, customer int, amount decimal(12,2),"
                        + " status text, created datetime(6))");
            }
        }
    }

    private static double copyOut(Path csv) throws Exception {
        long t = System.nanoTime();
        try (Connection c = PG.open(); OutputStream out = new BufferedOutputStream(Files.newOutputStream(csv), 1 << 16)) {
            c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY src TO STDOUT (FORMAT csv)", out);
        }
        return (System.nanoTime() - t) / 1e9;
    }

    private static double copyIn(Path csv) throws Exception {
        truncate(PG);
        long t = System.nanoTime();
        try (Connection c = PG.open(); var in = new BufferedInputStream(new FileInputStream(csv.toFile()), 1 << 16)) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY raw_copy FROM STDIN (FORMAT csv)", in);
        }
        return (System.nanoTime() - t) / 1e9;
    }

    /** COPY TO and COPY FROM running together, joined by an in-memory pipe: no file, no conversion. */
    private static double copyThroughPipe() throws Exception {
        truncate(PG);
        long t = System.nanoTime();
        try (Connection from = PG.open(); Connection to = PG.open();
                PipedInputStream in = new PipedInputStream(1 << 20); PipedOutputStream out = new PipedOutputStream(in)) {
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try (out) {
                    from.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY src TO STDOUT (FORMAT csv)", out);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            to.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY raw_copy FROM STDIN (FORMAT csv)", in);
            writer.join();
        }
        return (System.nanoTime() - t) / 1e9;
    }

    private static double loadData(Path csv) throws Exception {
        try (Connection c = MARIA.open(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE TABLE raw_copy");
            long t = System.nanoTime();
            s.execute("LOAD DATA LOCAL INFILE '" + csv + "' INTO TABLE raw_copy FIELDS TERMINATED BY ','"
                    + " OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\\n'");
            return (System.nanoTime() - t) / 1e9;
        }
    }

    private static void truncate(ConnectionSource db) throws Exception {
        try (Connection c = db.open(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE raw_copy");
        }
    }

    private static FederationTarget pgTarget() {
        return FederationTarget.table("postgres", PG, RelationName.of("public", "dst"));
    }

    private static FederationTarget mariaTarget() {
        return FederationTarget.table("mariadb", MARIA, RelationName.of("dvt_bench", "dst"));
    }

    private void federate(String label, ComputeConfig compute, ComputeEngine engine, Path work, FederationTarget target)
            throws Exception {
        time(label, () -> runModel(compute, engine, work, target, label));
    }

    /** One federated run from empty staging, as a first `dvt run --full-refresh` does. */
    private double runModel(ComputeConfig compute, ComputeEngine engine, Path work, FederationTarget target, String label)
            throws Exception {
        Path staging = work.resolve("staging");
        StagingBucket.deleteTree(staging);
        FederatedModelRunner runner = new FederatedModelRunner(new StagingBucket("bench", staging), compute,
                new EngineModelCompute(engine, "model.bench.copy"), FederationConnectors.discovered());
        FederatedModel model = new FederatedModel("model.bench.copy", SQL, "postgres",
                List.of(new FederatedInput(new InputRelation("source.bench.pg.src", null, "\"public\"", "\"src\"",
                        List.of(), "postgres"), PG)), target, true);
        long t = System.nanoTime();
        FederationResult result = runner.run(model);
        double seconds = (System.nanoTime() - t) / 1e9;
        notes.put(label, String.format("extract %.2f s, compute %.2f s, load %.2f s (%s)",
                result.extractTime().toMillis() / 1000.0, result.computeTime().toMillis() / 1000.0,
                result.loadTime().toMillis() / 1000.0, result.message()));
        return seconds;
    }

    @FunctionalInterface
    private interface Timed {
        double seconds() throws Exception;
    }

    private void time(String label, Timed step) throws Exception {
        double seconds = step.seconds();
        times.computeIfAbsent(label, k -> new ArrayList<>()).add(seconds);
        System.out.printf("  %-36s %7.2f s%s%n", label, seconds, notes.containsKey(label) ? "  " + notes.get(label) : "");
    }

    private void report(long rows, int streams) {
        System.out.printf("%nrows %,d, load streams %d, medians over the rounds:%n", rows, streams);
        times.forEach((label, list) -> System.out.printf("  %-36s %7.2f s %,12.0f rows/s%n", label, median(list),
                rows / median(list)));
        ratios("federated -> pg (duckdb)", "pg COPY FROM alone", "pg COPY TO | COPY FROM", "pg COPY TO alone");
        ratios("federated -> mariadb (duckdb)", "mariadb LOAD DATA alone");
        ratios("federated -> pg (spark)", "pg COPY FROM alone (spark rounds)");
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("max heap %d MB, peak heap used %d MB%n", Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
    }

    /** Per round, limit time / federated time (the share of the limit's throughput reached); then the median. */
    private void ratios(String federated, String... limits) {
        List<Double> fed = times.get(federated);
        if (fed == null) {
            return;
        }
        for (String limit : limits) {
            List<Double> raw = times.get(limit);
            List<Double> perRound = new ArrayList<>();
            for (int i = 0; i < Math.min(raw.size(), fed.size()); i++) {
                perRound.add(raw.get(i) / fed.get(i));
            }
            System.out.printf("ratio of %s to %-26s %.2f (rounds: %s)%n", federated, limit, median(perRound),
                    perRound.stream().map(r -> String.format("%.2f", r)).toList());
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }
}
