package dev.dvt.cli.run;

import dev.dvt.artifacts.manifest.CompiledNode;
import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.artifacts.manifest.SeedNode;
import dev.dvt.artifacts.results.NodeStatus;
import dev.dvt.compiler.compile.CompileContext;
import dev.dvt.compiler.compile.NodeCompiler;
import dev.dvt.compiler.jinja.RenderContext;
import dev.dvt.compiler.parse.PackageProject;
import dev.dvt.compiler.parse.ParsedProject;
import dev.dvt.compiler.runtime.AdapterFunctions;
import dev.dvt.compiler.runtime.AdapterStatements;
import dev.dvt.compiler.runtime.ExecutionFlags;
import dev.dvt.compiler.runtime.MaterializationExecutor;
import dev.dvt.compiler.runtime.MaterializationExecutor.FederatedStep;
import dev.dvt.compiler.runtime.MaterializationResult;
import dev.dvt.compiler.runtime.SeedInput;
import dev.dvt.core.DvtException;
import dev.dvt.core.seed.CsvSeedReader;
import dev.dvt.core.seed.SeedFormat;
import dev.dvt.core.seed.SeedOptions;
import dev.dvt.core.seed.SeedSchema;
import dev.dvt.core.task.NodeExecutor;
import dev.dvt.core.task.NodeOutcome;
import dev.dvt.federation.plan.ResolvedModel;
import dev.dvt.spi.Adapter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one node the way dbt does: compile its SQL against its target's database, then run its
 * materialization (table, view, incremental, seed, snapshot or test) and report the outcome.
 * Seeds that are not CSV files are read through their compute instead ({@link ComputeSeeds}).
 */
public final class NodeRunner implements NodeExecutor {
    private final ParsedProject parsed;
    private final NodeCompiler compiler;
    private final Targets targets;
    private final ExecutionFlags flags;
    private final Function<ManifestNode, String> targetOf;
    private final ExecutionPlan plan;
    private final Federation federation;
    private final ComputeSeeds computeSeeds;

    public NodeRunner(ParsedProject parsed, NodeCompiler compiler, Targets targets, ExecutionFlags flags,
            Function<ManifestNode, String> targetOf, ExecutionPlan plan, Federation federation) {
        this.parsed = parsed;
        this.compiler = compiler;
        this.targets = targets;
        this.flags = flags;
        this.targetOf = targetOf;
        this.plan = plan;
        this.federation = federation;
        this.computeSeeds = new ComputeSeeds(federation);
    }

    @Override
    public NodeOutcome execute(String uniqueId) {
        ManifestNode node = parsed.manifest().getNodes().get(uniqueId);
        ResolvedModel resolved = plan.model(uniqueId);
        String target = targetOf.apply(node);
        Adapter adapter = targets.adapter(target);
        MaterializationExecutor executor = targets.executor(target);

        Instant compileStart = Instant.now();
        CompileContext compileContext = CompileContext.builder()
                .statementExecutor(new AdapterStatements(adapter))
                .adapterFunctions(new AdapterFunctions(adapter).functions())
                .incremental(executor.incrementalState(node, flags))
                .adapterTypes(adapter.dispatchTypes())
                .emptyRelations(flags.empty())
                .build();
        if (node instanceof SeedNode seed) {
            Path file = seedFile(seed);
            SeedFormat format = SeedFormat.of(file);
            if (format.loadsThroughCompute()) {
                return aroundLoad(node, executor, compileContext,
                        () -> computeSeeds.run(seed, file, format, plan.seed(uniqueId), adapter, flags));
            }
        }
        if (node instanceof CompiledNode compilable) {
            compiler.compile(compilable, compileContext);
        }
        if (resolved != null && resolved.federated()) {
            return aroundLoad(node, targets.executor(resolved.target()), compileContext,
                    () -> federation.run(node, resolved, compiler, flags.fullRefresh(), compileStart, Instant.now()));
        }
        RenderContext context = compiler.renderContext(node, compileContext);
        if (node instanceof SeedNode seed) {
            seedInput(seed, adapter, flags.empty()).applyTo(context);
        }
        Instant compileEnd = Instant.now();
        MaterializationResult result = executor.execute(node, context, flags);
        Instant executeEnd = Instant.now();

        NodeStatus status = NodeStatus.fromValue(result.status());
        Map<String, Object> response = new LinkedHashMap<>(result.response().toMap());
        String relation = node.getRelationName();
        return new NodeOutcome(uniqueId, status, result.message(), result.failures(), response, compileStart, compileEnd,
                compileEnd, executeEnd, node instanceof CompiledNode compiled ? compiled.getCompiledCode() : null, relation, null);
    }

    /**
     * A node the federation engine loads (a federated model, a seed read by a compute): its target
     * runs the pre-hooks first, then persist_docs, grants and the post-hooks, as a materialization would.
     */
    private NodeOutcome aroundLoad(ManifestNode node, MaterializationExecutor onTarget, CompileContext compileContext,
            Supplier<NodeOutcome> load) {
        onTarget.runFederatedStep(node, compiler.renderContext(node, compileContext), flags, FederatedStep.BEFORE);
        NodeOutcome outcome = load.get();
        onTarget.runFederatedStep(node, compiler.renderContext(node, compileContext), flags, FederatedStep.AFTER);
        return outcome;
    }

    private Path seedFile(SeedNode seed) {
        return packageRoot(seed.getPackageName()).resolve(seed.getOriginalFilePath());
    }

    private SeedInput seedInput(SeedNode seed, Adapter adapter, boolean empty) {
        Path file = seedFile(seed);
        SeedOptions options = SeedOptions.fromConfig(seed.getConfig().get("delimiter"), seed.getConfig().get("column_types"),
                seed.getConfig().get("quote_columns"));
        SeedSchema schema = CsvSeedReader.inspect(file, options);
        Map<String, String> types = new LinkedHashMap<>();
        schema.columnDefs(adapter.dialect()).forEach(column -> types.put(column.name(), column.ddlType()));
        return new SeedInput(file, types, options.delimiter(), empty);
    }

    private Path packageRoot(String packageName) {
        for (PackageProject project : parsed.packages()) {
            if (project.name().equals(packageName)) {
                return project.root();
            }
        }
        throw new DvtException(dev.dvt.core.ErrorCode.INTERNAL, "No package named " + packageName);
    }
}
