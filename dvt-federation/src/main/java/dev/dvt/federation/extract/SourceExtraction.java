package dev.dvt.federation.extract;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.bulk.FederationConnectors;
import dev.dvt.core.dialect.DialectRegistry;
import dev.dvt.federation.plan.ExtractionQuery;
import dev.dvt.federation.plan.SourcePlan;
import dev.dvt.federation.staging.StagingBucket;
import dev.dvt.federation.state.ExtractionDecision;
import dev.dvt.federation.state.ExtractionReason;
import dev.dvt.federation.state.SchemaHash;
import dev.dvt.federation.state.SourceState;
import dev.dvt.spi.ExtractionRequest;
import dev.dvt.spi.ExtractionResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings one input into the staging bucket as the stored state allows: nothing when it is
 * unchanged and has no key to compare rows by, only new and changed rows (with deletes applied)
 * when it has a primary key, everything on a first run, a schema or query change, or
 * {@code --full-refresh}. State is written after every extraction.
 */
public final class SourceExtraction {
    private static final Logger LOG = LoggerFactory.getLogger(SourceExtraction.class);

    private final StagingBucket bucket;
    private final FederationConnectors connectors;

    private static final java.util.concurrent.ConcurrentMap<String, Object> LOCKS = new java.util.concurrent.ConcurrentHashMap<>();

    public SourceExtraction(StagingBucket bucket, FederationConnectors connectors) {
        this.bucket = requireNonNull(bucket, "bucket is null");
        this.connectors = requireNonNull(connectors, "connectors is null");
    }

    /**
     * The plan to extract with: the planned one, with the primary-key columns added to the
     * projection when the model does not read them, so that rows can be compared and replaced by
     * key. The extra columns are real columns of the input, so they cannot make the model's SQL
     * ambiguous where it was not already on the source database.
     */
    public static SourcePlan withKeyColumns(SourcePlan plan, SourceTable table) {
        List<String> pk = table.pkColumns();
        if (pk.isEmpty() || plan.allColumns() || plan.columns().isEmpty() || plan.limit().isPresent()
                || plan.columns().containsAll(pk)) {
            return plan;
        }
        List<String> columns = table.columnNames().stream()
                .filter(c -> plan.columns().contains(c) || pk.contains(c)).toList();
        return new SourcePlan(plan.input(), plan.aliases(), plan.viewName(), false, columns, plan.predicates(),
                plan.limit(), ExtractionQuery.build(plan.input(), columns, plan.predicates(), plan.limit()));
    }

    /**
     * Extracts one source, one extraction per source at a time across the run's threads: two models
     * reading the same source must not stage or publish it at once, and the second usually finds
     * the first one's staging current and skips.
     */
    public ExtractionOutcome run(ExtractionJob job) {
        Object lock = LOCKS.computeIfAbsent(bucket.sourceDirectory(job.sourceUniqueId()).toAbsolutePath().toString(),
                key -> new Object());
        synchronized (lock) {
            return extract(job);
        }
    }

    private ExtractionOutcome extract(ExtractionJob job) {
        Instant start = Instant.now();
        SourcePlan plan = job.plan();
        String uid = job.sourceUniqueId();
        String fp = plan.fingerprint();
        String schemaHash = SchemaHash.of(job.table().columns());
        Optional<SourceState> stored = bucket.stateStore().read(uid, fp);
        ExtractionDecision decision = ExtractionDecision.decide(job.fullRefresh(), bucket.isStaged(uid, fp, stored),
                stored, new ExtractionDecision.CurrentSource(schemaHash, fp, job.table().pkColumns()));
        DeltaExtraction delta = new DeltaExtraction(bucket, connectors);
        ExtractionReason reason = decision.reason();
        Optional<String> uri = bucket.isRemote() ? Optional.of(bucket.datasetUri(uid, fp)) : Optional.empty();
        if (reason == ExtractionReason.SKIP) {
            List<Path> files = job.localFiles() || !bucket.isRemote()
                    ? StagingBucket.partFiles(bucket.localCopy(uid, fp, stored.orElseThrow())) : List.of();
            LOG.info("Skipped extraction of {} (staging exists, schema unchanged)", uid);
            return new ExtractionOutcome(uid, reason, "skip", 0, stored.orElseThrow().rowCount(), files,
                    Duration.between(start, Instant.now()), uri);
        }
        if (reason == ExtractionReason.DELTA && delta.possible(job)) {
            // The previous dataset and its row hashes are the base of the delta: bring them here.
            bucket.localCopy(uid, fp, stored.orElseThrow());
        }
        if (reason == ExtractionReason.DELTA) {
            if (delta.possible(job) && java.nio.file.Files.exists(bucket.hashesFile(uid, fp))) {
                DeltaExtraction.Result r = delta.run(job, stored.orElseThrow());
                write(job, schemaHash, r.rowsStaged(), "delta", r.dataset());
                return new ExtractionOutcome(uid, reason, "delta", r.rowsFetched(), r.rowsStaged(),
                        StagingBucket.partFiles(r.dataset().directory()), Duration.between(start, Instant.now()), uri);
            }
            LOG.info("{} has no usable row hashes for a delta; extracting it in full", uid);
        }
        Path work = bucket.newWorkDirectory(uid);
        try {
            ExtractionResult result = connectors.forType(job.adapterType()).extractor().extract(request(job, work));
            if (delta.possible(job)) {
                delta.storeHashes(job, StagingBucket.hashesFileIn(work));
            }
            StagingBucket.Published published = bucket.publish(work, uid, fp);
            write(job, schemaHash, result.rows(), result.method(), published);
            LOG.info("Extracted {} rows of {} ({}, reason {})", result.rows(), uid, result.method(), reason.label());
            return new ExtractionOutcome(uid, reason, result.method(), result.rows(), result.rows(),
                    StagingBucket.partFiles(published.directory()), Duration.between(start, Instant.now()), uri);
        } finally {
            StagingBucket.deleteTree(work);
        }
    }

    private ExtractionRequest request(ExtractionJob job, Path work) {
        return new ExtractionRequest(job.source(), DialectRegistry.forType(job.adapterType()), job.plan().extractionSql(),
                work, "part", job.settings().fetchSize(), job.settings().numPartitions(), partitionColumn(job));
    }

    /** A single numeric primary key read by the query, when no LIMIT makes ranges unsafe. */
    static Optional<String> partitionColumn(ExtractionJob job) {
        SourcePlan plan = job.plan();
        List<String> pk = job.table().pkColumns();
        if (pk.size() != 1 || plan.limit().isPresent()) {
            return Optional.empty();
        }
        String key = pk.get(0);
        boolean projected = plan.allColumns() || plan.columns().isEmpty() || plan.columns().contains(key);
        String type = job.table().typeOf(key).orElse("").toLowerCase(Locale.ROOT);
        boolean numeric = type.contains("int") || type.contains("serial") || type.contains("numeric")
                || type.contains("decimal");
        return projected && numeric ? Optional.of(key) : Optional.empty();
    }

    // Written after every part is in place: in a cloud bucket, the state is what makes the upload visible.
    private void write(ExtractionJob job, String schemaHash, long rows, String method, StagingBucket.Published dataset) {
        String where = bucket.isRemote() ? bucket.location().hadoopUri(bucket.datasetKey(job.sourceUniqueId(),
                job.plan().fingerprint())) : dataset.directory().toString();
        bucket.stateStore().write(new SourceState(job.sourceUniqueId(), job.plan().input().tableName(), schemaHash, rows,
                job.table().columns(), job.table().pkColumns(), Instant.now(), method, job.plan().fingerprint(),
                where, dataset.objects()));
    }
}
