package dev.dvt.federation.runner;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.bulk.FederationConnectors;
import dev.dvt.core.config.ComputeConfig;
import dev.dvt.core.dialect.DialectRegistry;
import dev.dvt.federation.extract.ExtractionJob;
import dev.dvt.federation.extract.ExtractionOutcome;
import dev.dvt.federation.extract.SourceExtraction;
import dev.dvt.federation.extract.SourceTable;
import dev.dvt.federation.plan.FederationPlan;
import dev.dvt.federation.plan.FederationPlanner;
import dev.dvt.federation.plan.InputRelation;
import dev.dvt.federation.plan.SourcePlan;
import dev.dvt.federation.staging.StagingBucket;
import dev.dvt.federation.transpile.ComputeDialect;
import dev.dvt.federation.transpile.ComputeTranspiler;
import dev.dvt.federation.transpile.ViewBinding;
import dev.dvt.spi.LoadRequest;
import dev.dvt.spi.LoadResult;
import dev.dvt.spi.TableLoader;
import dev.dvt.federation.cloud.ObjectStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one federated model: reads each input's real columns, plans the extraction
 * ({@link FederationPlanner}), translates the SQL for the compute, extracts the inputs into the
 * staging bucket (up to {@value #MAX_PARALLEL_EXTRACTIONS} at a time), runs the compute and loads
 * the result into the target. Everything that can fail before the load does so before the target
 * is touched, and the load itself replaces or changes the target atomically. Every failure is a
 * FEDERATION {@link DvtException} naming the model.
 */
public final class FederatedModelRunner {
    private static final Logger LOG = LoggerFactory.getLogger(FederatedModelRunner.class);
    static final int MAX_PARALLEL_EXTRACTIONS = 4;

    private final StagingBucket bucket;
    private final ComputeConfig compute;
    private final ModelCompute engine;
    private final FederationConnectors connectors;

    /**
     * @param compute the model's resolved compute (its type picks the SQL dialect; its
     *     {@code jdbc_extraction} and {@code jdbc_load} settings drive the JDBC paths)
     * @param engine runs the translated SQL: {@link EngineModelCompute} over the model's compute engine
     */
    public FederatedModelRunner(StagingBucket bucket, ComputeConfig compute, ModelCompute engine,
            FederationConnectors connectors) {
        this.bucket = requireNonNull(bucket, "bucket is null");
        this.compute = requireNonNull(compute, "compute is null");
        this.engine = requireNonNull(engine, "engine is null");
        this.connectors = requireNonNull(connectors, "connectors is null");
    }

    public FederationResult run(FederatedModel model) {
        try {
            return execute(model);
        } catch (DvtException e) {
            throw new DvtException(ErrorCode.FEDERATION, "Federated model " + model.uniqueId() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new DvtException(ErrorCode.FEDERATION, "Federated model " + model.uniqueId() + " failed: " + e, e);
        }
    }

    /** What a run would ask each source and run on the compute, without moving any data. */
    public Explanation explain(FederatedModel model) {
        List<InputRelation> relations = new ArrayList<>();
        for (FederatedInput input : model.inputs()) {
            InputRelation r = input.relation();
            relations.add(new InputRelation(r.key(), r.database(), r.schema(), r.identifier(), describe(input).columnNames(),
                    r.dialect()));
        }
        FederationPlan plan = new FederationPlanner().plan(model.uniqueId(), model.compiledSql(), model.sqlDialect(),
                relations);
        String sql = new ComputeTranspiler().transpile(model.compiledSql(), model.sqlDialect(),
                ComputeDialect.of(compute.type()), ViewBinding.of(plan));
        return new Explanation(plan, sql);
    }

    /** A federated model's plan: the extraction query of each source, and the compute's SQL. */
    public record Explanation(FederationPlan plan, String computeSql) {
    }

    private FederationResult execute(FederatedModel model) {
        Instant start = Instant.now();
        bucket.ensureWritable();
        List<SourceTable> tables = new ArrayList<>();
        List<InputRelation> relations = new ArrayList<>();
        for (FederatedInput input : model.inputs()) {
            SourceTable table = describe(input);
            tables.add(table);
            InputRelation r = input.relation();
            relations.add(new InputRelation(r.key(), r.database(), r.schema(), r.identifier(), table.columnNames(),
                    r.dialect()));
        }
        FederationPlan plan = new FederationPlanner().plan(model.uniqueId(), model.compiledSql(), model.sqlDialect(),
                relations);
        String sql = new ComputeTranspiler().transpile(model.compiledSql(), model.sqlDialect(),
                ComputeDialect.of(compute.type()), ViewBinding.of(plan));

        // Spark with the bucket's Hadoop connector reads and writes the bucket itself; else local copies.
        boolean bucketUris = bucket.remote().map(r -> engine.readsBucketUris(r.config())).orElse(false);
        List<ExtractionOutcome> extractions = extractAll(model, plan, tables, !bucketUris);
        Instant extracted = Instant.now();

        Map<String, String> views = new LinkedHashMap<>();
        for (int i = 0; i < plan.sources().size(); i++) {
            String view = plan.sources().get(i).viewName();
            ExtractionOutcome outcome = extractions.get(i);
            views.put(view, bucketUris ? outcome.bucketUri().orElseThrow()
                    : EngineModelCompute.location(view, outcome.files()));
        }
        Path results = bucket.newResultDirectory(model.uniqueId());
        String remoteResults = bucket.isRemote() ? bucket.newResultKey(model.uniqueId()) : null;
        try {
            String out = bucketUris ? bucket.location().hadoopUri(remoteResults + "result")
                    : results.resolve("result").toString();
            ModelCompute.Output output = engine.run(sql, views, out);
            Instant computed = Instant.now();
            LoadResult loaded = load(model, output, bucketUris, remoteResults, results);
            Instant done = Instant.now();
            String message = "Federation: " + loaded.rows() + " rows via " + loaded.method();
            LOG.info("{}: {} ({} fetched from sources)", model.uniqueId(), message,
                    extractions.stream().mapToLong(ExtractionOutcome::rowsFetched).sum());
            return new FederationResult(loaded.rows(), loaded.method(), message, plan.warnings(), extractions,
                    Duration.between(start, extracted), Duration.between(extracted, computed),
                    Duration.between(computed, done), Duration.between(start, done));
        } finally {
            StagingBucket.deleteTree(results);
            if (remoteResults != null) {
                deleteQuietly(remoteResults);
            }
        }
    }

    private void deleteQuietly(String remoteResults) {
        try {
            bucket.deleteObjects(remoteResults);
        } catch (DvtException e) {
            LOG.warn("Could not delete the compute result {} from staging bucket '{}': {}", remoteResults,
                    bucket.name(), e.getMessage());
        }
    }

    private SourceTable describe(FederatedInput input) {
        InputRelation r = input.relation();
        try (Connection c = input.connection().open()) {
            return SourceTable.describe(c, r).orElseThrow(() -> new DvtException(ErrorCode.FEDERATION, "input "
                    + r.key() + " (" + name(r) + ") does not exist on its " + r.dialect()
                    + " connection; check the source definition or create the table"));
        } catch (SQLException e) {
            throw new DvtException(ErrorCode.CONNECTION, "cannot connect to the " + r.dialect() + " database of "
                    + r.key() + ": " + e.getMessage(), e);
        }
    }

    private static String name(InputRelation r) {
        StringBuilder name = new StringBuilder();
        for (String part : new String[] {r.database(), r.schema()}) {
            if (part != null && !part.isBlank()) {
                name.append(part).append('.');
            }
        }
        return name.append(r.identifier()).toString();
    }

    private List<ExtractionOutcome> extractAll(FederatedModel model, FederationPlan plan, List<SourceTable> tables,
            boolean localFiles) {
        SourceExtraction extraction = new SourceExtraction(bucket, connectors);
        int threads = Math.min(MAX_PARALLEL_EXTRACTIONS, plan.sources().size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dvt-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ExtractionOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < plan.sources().size(); i++) {
                SourcePlan source = SourceExtraction.withKeyColumns(plan.sources().get(i), tables.get(i));
                ExtractionJob job = new ExtractionJob(source, tables.get(i), model.inputs().get(i).connection(),
                        model.fullRefresh(), compute.jdbcExtraction(), localFiles);
                futures.add(pool.submit(() -> extraction.run(job)));
            }
            List<ExtractionOutcome> outcomes = new ArrayList<>();
            for (Future<ExtractionOutcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DvtException d) {
                throw d;
            }
            throw new DvtException(ErrorCode.FEDERATION, "extraction failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DvtException(ErrorCode.FEDERATION, "extraction was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Loads the result. Warehouses that COPY from the bucket get it there (uploaded when the
     * compute wrote it locally) plus one local file for its schema; the other loaders get local
     * files (downloaded when Spark wrote them to the bucket).
     */
    private LoadResult load(FederatedModel model, ModelCompute.Output output, boolean inBucket, String remoteResults,
            Path results) {
        FederationTarget target = model.target();
        TableLoader loader = connectors.forType(target.adapterType()).loader();
        boolean fromBucket = bucket.remote().map(r -> loader.readsFromBucket(r.config().type())).orElse(false);
        List<Path> files;
        String directoryKey = null;
        if (inBucket) {
            directoryKey = remoteResults + "result/";
            files = bucket.downloadResult(directoryKey, results, fromBucket ? 1 : Integer.MAX_VALUE);
        } else {
            files = output.files().stream().map(Path::of).toList();
            if (fromBucket) {
                directoryKey = remoteResults;
                bucket.uploadResult(files, directoryKey);
            }
        }
        LoadRequest request = new LoadRequest(target.connection(), DialectRegistry.forType(target.adapterType()),
                target.table(), files, target.incremental(), target.uniqueKey(), target.partitionBy(),
                model.fullRefresh(), compute.jdbcLoad().batchSize(), compute.jdbcLoad().numPartitions(), Map.of(),
                Optional.empty());
        if (fromBucket) {
            ObjectStore store = bucket.remote().orElseThrow();
            request = request.withBucketCopy(new LoadRequest.BucketCopy(store.config(), store.location(), directoryKey));
        }
        return loader.load(request);
    }
}
