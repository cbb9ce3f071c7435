package dev.dvt.cli;

import dev.dvt.artifacts.ArtifactMetadata;
import dev.dvt.artifacts.freshness.SourceFreshnessResult;
import dev.dvt.artifacts.freshness.SourceFreshnessResults;
import dev.dvt.artifacts.freshness.SourceFreshnessRuntimeError;
import dev.dvt.artifacts.manifest.FreshnessThreshold;
import dev.dvt.artifacts.manifest.FreshnessTime;
import dev.dvt.artifacts.manifest.SourceDefinition;
import dev.dvt.artifacts.results.NodeStatus;
import dev.dvt.cli.run.FreshnessPrinter;
import dev.dvt.cli.run.Targets;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.RuntimeConfig;
import dev.dvt.core.events.Events;
import dev.dvt.core.freshness.FreshnessCheck;
import dev.dvt.core.freshness.SourceFreshnessChecker;
import dev.dvt.spi.Adapter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dvt source freshness}: for each selected source with a {@code loaded_at_field} and a
 * {@code warn_after} or {@code error_after}, measures how long ago it was last loaded, on the
 * target named by its {@code connection:}, and writes target/sources.json.
 */
@Command(name = "freshness", aliases = "snapshot-freshness",
        description = "Check how recently the selected sources were loaded; writes target/sources.json.")
final class SourceFreshnessCommand extends BaseCommand {
    @Mixin
    SelectionOptions selection;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write the results (default target/sources.json).")
    String outputFile;

    /** A source to check and the target it lives on. */
    private record Planned(String name, String target, FreshnessCheck check) {
    }

    @Override
    protected int run() throws InterruptedException {
        long started = System.nanoTime();
        RuntimeConfig config = loadConfig();
        ProjectSession session = ProjectSession.open(config, globals(), invocationId());
        session.reportFound();
        List<Planned> planned = new ArrayList<>();
        try (Targets targets = new Targets(config, session.parsed().engine())) {
            for (String id : session.select(selection.criteria(Set.of("source"))).selected()) {
                SourceDefinition source = session.manifest().getSources().get(id);
                FreshnessCheck check = source == null ? null : FreshnessCheck.of(source);
                if (check != null && hasThreshold(check.criteria())) {
                    planned.add(new Planned(source.getSourceName() + "." + source.getName(),
                            DocsGenerateCommand.connectionOf(source, targets), check));
                }
            }
            SourceFreshnessResults results = new SourceFreshnessResults();
            ArtifactMetadata metadata = new ArtifactMetadata(SourceFreshnessResults.SCHEMA_VERSION, invocationId());
            metadata.setGeneratedAt(Instant.now());
            results.setMetadata(metadata);
            Map<String, SourceFreshnessResult> byName = new LinkedHashMap<>();
            if (planned.isEmpty()) {
                Events.warn("NothingToDo", "Nothing to do: no selected source has a loaded_at_field with warn_after or error_after.");
            } else {
                Events.info("ConcurrencyLine", "");
                Events.info("ConcurrencyLine", "Concurrency: " + config.threads() + " threads (target='" + config.target().name() + "')");
                Events.info("ConcurrencyLine", "");
                byName = check(planned, targets, config.threads());
                results.getResults().addAll(byName.values());
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            results.setElapsedTime(elapsed);
            Path file = outputFile == null ? config.targetPath().resolve("sources.json") : Path.of(outputFile).toAbsolutePath();
            results.write(file);
            if (!planned.isEmpty()) {
                FreshnessPrinter.summary(byName, elapsed);
            }
            boolean failed = byName.values().stream().anyMatch(r -> r.getStatus() == NodeStatus.ERROR
                    || r.getStatus() == NodeStatus.RUNTIME_ERROR)
                    || (globals().warnError && byName.values().stream().anyMatch(r -> r.getStatus() == NodeStatus.WARN));
            return failed ? 1 : 0;
        }
    }

    /** Runs the checks on up to {@code threads} threads; results keep the sources' order. */
    private static Map<String, SourceFreshnessResult> check(List<Planned> planned, Targets targets, int threads)
            throws InterruptedException {
        AtomicInteger threadNumber = new AtomicInteger();
        int total = planned.size();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, total)), r -> {
            Thread t = new Thread(r, "Thread-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        AtomicInteger index = new AtomicInteger();
        try {
            Map<String, Future<SourceFreshnessResult>> futures = new LinkedHashMap<>();
            for (Planned p : planned) {
                futures.put(p.name(), pool.submit(() -> checkOne(p, targets, index.incrementAndGet(), total)));
            }
            Map<String, SourceFreshnessResult> results = new LinkedHashMap<>();
            for (Map.Entry<String, Future<SourceFreshnessResult>> f : futures.entrySet()) {
                try {
                    results.put(f.getKey(), f.getValue().get());
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r
                            : new DvtException(ErrorCode.INTERNAL, "Freshness check failed: " + e.getCause(), e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static SourceFreshnessResult checkOne(Planned p, Targets targets, int index, int total) {
        FreshnessPrinter.started(p.name(), p.check().uniqueId(), index, total);
        long start = System.nanoTime();
        SourceFreshnessResult result;
        try {
            Adapter adapter = targets.adapter(p.target());
            java.sql.Connection connection = adapter.jdbcConnection().orElseThrow(() -> new DvtException(ErrorCode.CONFIG,
                    "Target '" + p.target() + "' (" + adapter.type() + ") has no JDBC connection for freshness queries."));
            result = new SourceFreshnessChecker(adapter.dialect()).check(connection, p.check());
        } catch (DvtException e) {
            result = new SourceFreshnessRuntimeError(p.check().uniqueId(), e.getMessage());
        }
        FreshnessPrinter.finished(p.name(), result, (System.nanoTime() - start) / 1e9, index, total);
        return result;
    }

    private static boolean hasThreshold(FreshnessThreshold criteria) {
        return isSet(criteria.getWarnAfter()) || isSet(criteria.getErrorAfter());
    }

    private static boolean isSet(FreshnessTime time) {
        return time != null && time.getCount() != null && time.getPeriod() != null;
    }
}
