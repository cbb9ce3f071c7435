package dev.dvt.cli;

import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.artifacts.manifest.ManifestWriter;
import dev.dvt.artifacts.results.NodeStatus;
import dev.dvt.cli.run.ExecutionPlan;
import dev.dvt.cli.run.Federation;
import dev.dvt.cli.run.NodeLabel;
import dev.dvt.cli.run.NodeRunner;
import dev.dvt.cli.run.ProgressPrinter;
import dev.dvt.cli.run.RunResultsFile;
import dev.dvt.cli.run.RunSummary;
import dev.dvt.cli.run.Targets;
import dev.dvt.compiler.compile.NodeCompiler;
import dev.dvt.compiler.parse.TargetPlacement;
import dev.dvt.compiler.runtime.ExecutionFlags;
import dev.dvt.core.config.RuntimeConfig;
import dev.dvt.core.events.Events;
import dev.dvt.core.graph.ManifestGraph;
import dev.dvt.core.task.DagScheduler;
import dev.dvt.core.task.NodeOutcome;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The shared body of run, build, seed, test and snapshot: parse, select, run the selected nodes
 * in dependency order on their targets, then write run_results.json and print dbt's summary.
 */
abstract class ExecutionCommand extends BaseCommand {
    @Mixin
    SelectionOptions selection;

    @Option(names = {"-f", "--full-refresh"}, description = "Rebuild incremental models and seeds from scratch.")
    boolean fullRefresh;

    @Option(names = {"-c", "--compute"}, paramLabel = "NAME", description = "Compute (computes.yml) for every federated model and every Parquet, JSON or ORC seed.")
    String compute;

    @Option(names = {"-b", "--bucket"}, paramLabel = "NAME", description = "Staging bucket (buckets.yml) for every federated model and non-CSV seed.")
    String bucket;

    @Option(names = "--empty", description = "Build every node with its columns but no rows: refs and sources read nothing.")
    boolean empty;

    /** The resource types this command runs when no --resource-type is given. */
    protected abstract Set<String> resourceTypes();

    /** build: tests gate their node's dependants. */
    protected boolean testsGateChildren() {
        return false;
    }

    protected Boolean storeFailures() {
        return null;
    }

    /** Whether a selected node runs; retry keeps only what failed last time. */
    protected boolean keep(String uniqueId) {
        return true;
    }

    /** The command recorded as {@code args.which} in run_results.json. */
    protected String commandName() {
        return spec.name();
    }

    @Override
    protected int run() {
        long started = System.nanoTime();
        RuntimeConfig config = loadConfig();
        ProjectSession session = ProjectSession.open(config, globals(), invocationId());
        session.reportFound();
        Set<String> selected = new LinkedHashSet<>();
        for (String id : session.select(selection.criteria(resourceTypes())).selected()) {
            ManifestNode node = session.manifest().getNodes().get(id);
            if (node != null && isExecutable(node) && keep(id)) {
                selected.add(id);
            }
        }
        Map<String, NodeLabel> labels = new LinkedHashMap<>();
        session.manifest().getNodes().forEach((id, node) -> labels.put(id, NodeLabel.of(node)));
        if (selected.isEmpty()) {
            Events.warn("NothingToDo", "Nothing to do. Try checking your model configs and model specification args");
            return 0;
        }
        Events.info("ConcurrencyLine", "");
        Events.info("ConcurrencyLine", "Concurrency: " + config.threads() + " threads (target='" + config.target().name() + "')");
        Events.info("ConcurrencyLine", "");

        ExecutionPlan plan = ExecutionPlan.resolve(config, session.manifest(), selected, compute, bucket);
        plan.report();
        plan.federated().forEach(model -> labels.computeIfPresent(model.uniqueId(),
                (id, label) -> label.withMaterialized(model.materialization())));
        TargetPlacement placement = new TargetPlacement(config, session.manifest());
        ManifestGraph graph = testsGateChildren() ? TestGates.graphWithGates(session.manifest(), selected)
                : ManifestGraph.of(session.manifest());
        ExecutionFlags flags = new ExecutionFlags(fullRefresh, storeFailures(), empty);
        NodeCompiler compiler = new NodeCompiler(session.parsed());
        List<NodeOutcome> outcomes;
        try (Targets targets = new Targets(config, session.parsed().engine());
                Federation federation = new Federation(config, targets, placement)) {
            Thread cancel = new Thread(targets::cancelAll, "dvt-cancel");
            Runtime.getRuntime().addShutdownHook(cancel);
            try {
                RunHooks hooks = new RunHooks(session.parsed(), compiler, targets);
                hooks.run("on-run-start", config.project().onRunStart());
                NodeRunner runner = new NodeRunner(session.parsed(), compiler, targets, flags, placement::targetOf, plan, federation);
                outcomes = new DagScheduler(graph, config.threads(), globals().failFast)
                        .run(selected, runner, new ProgressPrinter(labels::get));
                hooks.run("on-run-end", config.project().onRunEnd());
                targets.logDatabaseTime();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(cancel);
                } catch (IllegalStateException shuttingDown) {
                    // The JVM is already exiting; the hook runs anyway.
                }
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        ManifestWriter.write(session.manifest(), config.targetPath().resolve("manifest.json"));
        RunResultsFile.write(config.targetPath(), RunResultsFile.build(outcomes, elapsed, args(), invocationId()));
        RunSummary.print(outcomes, labels::get, elapsed, id -> compiledPath(session, id));
        boolean failed = outcomes.stream().anyMatch(o -> o.status().isFailure())
                || (globals().warnError && outcomes.stream().anyMatch(o -> o.status() == NodeStatus.WARN));
        return failed ? 1 : 0;
    }

    private static boolean isExecutable(ManifestNode node) {
        String type = node.getResourceType();
        if (type.equals("model")) {
            return !"ephemeral".equals(node.getConfig().getMaterialized());
        }
        return type.equals("seed") || type.equals("snapshot") || type.equals("test");
    }

    private static String compiledPath(ProjectSession session, String id) {
        ManifestNode node = session.manifest().getNodes().get(id);
        if (node instanceof dev.dvt.artifacts.manifest.CompiledNode compiled && compiled.getCompiledPath() != null) {
            return compiled.getCompiledPath();
        }
        return null;
    }

    private Map<String, Object> args() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("which", commandName());
        args.put("select", selection.select);
        args.put("exclude", selection.exclude);
        args.put("selector", selection.selector);
        args.put("full_refresh", fullRefresh);
        args.put("empty", empty);
        args.put("threads", globals().threads);
        args.put("target", globals().target);
        args.put("vars", globals().vars == null ? Map.of() : globals().vars);
        return args;
    }
}
