package dev.dvt.cli.run;

import dev.dvt.artifacts.manifest.CompiledNode;
import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.artifacts.results.NodeStatus;
import dev.dvt.compiler.compile.NodeCompiler;
import dev.dvt.compiler.parse.TargetPlacement;
import dev.dvt.compiler.runtime.JinjaRelation;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.bulk.FederationConnectors;
import dev.dvt.core.config.ComputeConfig;
import dev.dvt.core.config.ComputesConfig;
import dev.dvt.core.config.RuntimeConfig;
import dev.dvt.core.dialect.IncrementalStrategy;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.core.dialect.SqlDialect;
import dev.dvt.core.events.Events;
import dev.dvt.core.task.NodeOutcome;
import dev.dvt.federation.compute.ComputeContext;
import dev.dvt.federation.compute.ComputeEngine;
import dev.dvt.federation.compute.ComputeEngines;
import dev.dvt.federation.plan.DvtWarning;
import dev.dvt.federation.plan.InputRelation;
import dev.dvt.federation.plan.ResolvedModel;
import dev.dvt.federation.runner.EngineModelCompute;
import dev.dvt.federation.runner.FederatedInput;
import dev.dvt.federation.runner.FederatedModel;
import dev.dvt.federation.runner.FederatedModelRunner;
import dev.dvt.federation.runner.FederationResult;
import dev.dvt.federation.runner.FederationTarget;
import dev.dvt.federation.staging.StagingBucket;
import dev.dvt.spi.Adapter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the models whose inputs span several targets: their inputs are extracted to the model's
 * staging bucket, joined on the model's compute, and the result is bulk-loaded into its target.
 * One compute engine per compute serves the whole run.
 */
public final class Federation implements AutoCloseable {
    private final RuntimeConfig config;
    private final Targets targets;
    private final TargetPlacement placement;
    private final FederationConnectors connectors = FederationConnectors.discovered();
    private final Map<String, ComputeEngine> engines = new ConcurrentHashMap<>();
    // One client per bucket for the run: cloud clients hold connection pools and credentials.
    private final Map<String, StagingBucket> buckets = new ConcurrentHashMap<>();

    public Federation(RuntimeConfig config, Targets targets, TargetPlacement placement) {
        this.config = config;
        this.targets = targets;
        this.placement = placement;
    }

    /**
     * Runs one federated model whose SQL {@code compiler} has compiled for its target. The
     * resolver's warnings (DVT001) were reported with the execution plan; this adds the planner's.
     */
    NodeOutcome run(ManifestNode node, ResolvedModel resolved, NodeCompiler compiler, boolean fullRefresh,
            Instant compileStart, Instant compileEnd) {
        CompiledNode compiled = (CompiledNode) node;
        Adapter targetAdapter = targets.adapter(resolved.target());
        FederationTarget target = target(node, targetAdapter, fullRefresh);
        targetAdapter.createSchema(target.table().database(), target.table().schema());
        FederationResult result = runner(node, resolved).run(model(node, compiler, target, fullRefresh));
        for (DvtWarning warning : result.warnings()) {
            Events.warn(warning.code(), "[" + warning.code() + "] " + warning.message());
        }
        targetAdapter.clearCache();
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("_message", result.loadMethod().toUpperCase(java.util.Locale.ROOT) + " " + result.rows());
        response.put("rows_affected", result.rows());
        response.put("federation", true);
        response.put("load_method", result.loadMethod());
        return new NodeOutcome(node.getUniqueId(), NodeStatus.SUCCESS, result.message(), null, response, compileStart,
                compileEnd, compileEnd, Instant.now(), compiled.getCompiledCode(), node.getRelationName(), null);
    }

    /** For {@code dvt compile}: what each source will be asked, and the SQL the compute will run. */
    public String explain(ManifestNode node, ResolvedModel resolved, NodeCompiler compiler) {
        Adapter targetAdapter = targets.adapter(resolved.target());
        FederatedModelRunner.Explanation explanation = runner(node, resolved)
                .explain(model(node, compiler, target(node, targetAdapter, false), false));
        StringBuilder text = new StringBuilder("-- federated: inputs on " + resolved.upstreamTargets() + ", written to '"
                + resolved.target() + "' with compute '" + resolved.compute() + "'\n");
        explanation.plan().sources().forEach(source -> text.append("-- source ").append(source.key()).append(":\n")
                .append(source.extractionSql()).append(";\n"));
        text.append("-- compute:\n").append(explanation.computeSql());
        return text.toString();
    }

    private FederatedModelRunner runner(ManifestNode node, ResolvedModel resolved) {
        return new FederatedModelRunner(bucket(resolved.bucket()), config.computes().compute(resolved.compute()),
                new EngineModelCompute(engine(resolved.compute()), node.getUniqueId()), connectors);
    }

    /** The run's engine of a compute, opened on first use (an unknown name is a CONFIG error listing the computes). */
    ComputeEngine engine(String computeName) {
        ComputeConfig compute = config.computes().compute(computeName);
        return engines.computeIfAbsent(computeName, name -> ComputeEngines.open(compute,
                ComputeContext.standard().withBuckets(List.copyOf(config.buckets().buckets().values()))));
    }

    /** The run's staging bucket of a name, made on first use (a cloud bucket holds its client). */
    StagingBucket bucket(String bucketName) {
        return buckets.computeIfAbsent(bucketName,
                name -> StagingBucket.of(config.buckets().buckets().get(name), config.projectRoot()));
    }

    ComputesConfig computes() {
        return config.computes();
    }

    FederationConnectors connectors() {
        return connectors;
    }

    private FederatedModel model(ManifestNode node, NodeCompiler compiler, FederationTarget target, boolean fullRefresh) {
        List<FederatedInput> inputs = new ArrayList<>();
        for (String input : node.getDependsOn().getNodes()) {
            if (!input.startsWith("source.") && !input.startsWith("model.") && !input.startsWith("seed.")
                    && !input.startsWith("snapshot.")) {
                continue;
            }
            Adapter inputAdapter = targets.adapter(placement.targetOf(input));
            inputs.add(new FederatedInput(asWritten(compiler.inputRelation(node, input), input, inputAdapter.type()),
                    inputAdapter.connectionSource()));
        }
        return new FederatedModel(node.getUniqueId(), ((CompiledNode) node).getCompiledCode(), target.adapterType(),
                inputs, target, fullRefresh);
    }

    // The name parts exactly as the compiled SQL spells them, so the planner can find them.
    private static InputRelation asWritten(JinjaRelation relation, String key, String adapterType) {
        SqlDialect dialect = relation.dialect();
        String database = relation.getDatabase() != null && dialect.supportsCatalogs()
                ? part(relation.getDatabase(), relation.quoting().database(), dialect) : null;
        return new InputRelation(key, database, part(relation.getSchema(), relation.quoting().schema(), dialect),
                part(relation.getIdentifier(), relation.quoting().identifier(), dialect), List.of(), adapterType);
    }

    private static String part(String value, boolean quoted, SqlDialect dialect) {
        return value == null ? null : quoted ? dialect.quoteIdentifier(value) : value;
    }

    private FederationTarget target(ManifestNode node, Adapter adapter, boolean fullRefresh) {
        String database = adapter.dialect().supportsCatalogs() ? node.getDatabase() : null;
        RelationName table = new RelationName(database, node.getSchema(), node.getAlias());
        FederationTarget target = FederationTarget.table(adapter.type(), adapter.connectionSource(), table);
        if (!"incremental".equals(node.getConfig().getMaterialized()) || fullRefresh
                || adapter.getRelation(database, node.getSchema(), node.getAlias()).isEmpty()) {
            return target;
        }
        List<String> key = node.getConfig().getUniqueKey();
        String strategy = node.getConfig().getIncrementalStrategy();
        if (strategy == null) {
            strategy = key.isEmpty() ? "append" : "merge";
        }
        if (!key.isEmpty() || strategy.equals("append")) {
            return target.incremental(IncrementalStrategy.parse(strategy), key);
        }
        throw new DvtException(ErrorCode.FEDERATION, "Incremental model '" + node.getName() + "' uses strategy '" + strategy
                + "' without a unique_key; add unique_key or use the append strategy.");
    }

    @Override
    public void close() {
        engines.values().forEach(engine -> {
            try {
                engine.close();
            } catch (Exception e) {
                Events.debug("ComputeClose", "Closing a compute engine failed: " + e);
            }
        });
        buckets.values().forEach(StagingBucket::close);
    }
}
