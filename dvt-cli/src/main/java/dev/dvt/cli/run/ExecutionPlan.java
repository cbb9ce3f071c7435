package dev.dvt.cli.run;

import dev.dvt.artifacts.manifest.Manifest;
import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.artifacts.manifest.SourceDefinition;
import dev.dvt.core.config.RuntimeConfig;
import dev.dvt.core.events.Events;
import dev.dvt.federation.plan.DvtWarning;
import dev.dvt.federation.plan.ExecutionPath;
import dev.dvt.federation.plan.ExecutionPathResolver;
import dev.dvt.federation.plan.ExecutionPlanSummary;
import dev.dvt.federation.plan.ResolvedModel;
import dev.dvt.federation.plan.ResolvedSeed;
import dev.dvt.federation.plan.ResolverDefaults;
import dev.dvt.federation.plan.ResolverNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each selected model runs: on the default target, pushed down to the one other target all
 * its inputs live on, or federated because its inputs span several targets; and which compute
 * and bucket each selected seed would be read through.
 */
public final class ExecutionPlan {
    private final Map<String, ResolvedModel> models = new LinkedHashMap<>();
    private final Map<String, ResolvedSeed> seeds = new LinkedHashMap<>();

    private ExecutionPlan() {
    }

    public static ExecutionPlan resolve(RuntimeConfig config, Manifest manifest, Collection<String> selected,
            String cliCompute, String cliBucket) {
        Map<String, ResolverNode> nodes = new LinkedHashMap<>();
        for (ManifestNode node : manifest.getNodes().values()) {
            nodes.put(node.getUniqueId(), ResolverNode.of(node.getUniqueId(), node.getConfig().getString("target"),
                    node.getConfig().getString("compute"), node.getConfig().getString("bucket"),
                    node.getConfig().getMaterialized(), node.getDependsOn().getNodes()));
        }
        for (SourceDefinition source : manifest.getSources().values()) {
            Object connection = source.getConfig().get("connection");
            nodes.put(source.getUniqueId(), ResolverNode.source(source.getUniqueId(),
                    connection == null ? null : connection.toString()));
        }
        ResolverDefaults defaults = new ResolverDefaults(config.targetForced() ? config.target().name() : null, cliCompute,
                cliBucket, config.target().name(), config.computes().defaultCompute(), config.buckets().defaultBucket());
        ExecutionPathResolver resolver = new ExecutionPathResolver(defaults, nodes);
        ExecutionPlan plan = new ExecutionPlan();
        for (ResolvedModel model : resolver.resolveAll(selected)) {
            plan.models.put(model.uniqueId(), model);
        }
        for (String id : selected) {
            if (id.startsWith("seed.")) {
                plan.seeds.put(id, resolver.resolveSeed(id));
            }
        }
        return plan;
    }

    public ResolvedModel model(String uniqueId) {
        return models.get(uniqueId);
    }

    /** A selected seed's compute and bucket (used when its file is not CSV). */
    public ResolvedSeed seed(String uniqueId) {
        return seeds.get(uniqueId);
    }

    /** Logs "Execution plan: …" and the DVT warnings, when any model leaves the default target. */
    public void report() {
        boolean multiTarget = models.values().stream().anyMatch(m -> m.path() != ExecutionPath.DEFAULT);
        if (multiTarget) {
            Events.info("ExecutionPlan", ExecutionPlanSummary.of(models.values()).logLine());
        }
        for (ResolvedModel model : models.values()) {
            for (DvtWarning warning : model.warnings()) {
                Events.warn(warning.code(), "[" + warning.code() + "] " + warning.message());
            }
        }
    }

    public List<ResolvedModel> federated() {
        return models.values().stream().filter(ResolvedModel::federated).toList();
    }
}
