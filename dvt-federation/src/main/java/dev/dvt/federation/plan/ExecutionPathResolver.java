package dev.dvt.federation.plan;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Decides, per model, which target it builds on, which targets its direct inputs live on, and so
 * whether it runs on the default target, pushed down to one other target, or federated. Target,
 * compute and bucket are each resolved CLI flag > model config > yml default, for every model on
 * its own. A view or ephemeral model on the federation path is built as a table (DVT001).
 */
public final class ExecutionPathResolver {
    private static final String TABLE = "table";

    private final ResolverDefaults defaults;
    private final Map<String, ResolverNode> nodes;
    private final Map<String, String> targetCache = new HashMap<>();

    public ExecutionPathResolver(ResolverDefaults defaults, Map<String, ? extends ResolverNode> nodes) {
        this.defaults = requireNonNull(defaults, "defaults is null");
        this.nodes = Map.copyOf(requireNonNull(nodes, "nodes is null"));
    }

    /** Resolves every model among {@code uniqueIds}; other node kinds are left out (see {@link #resolveSeed}). */
    public List<ResolvedModel> resolveAll(Collection<String> uniqueIds) {
        List<ResolvedModel> resolved = new ArrayList<>();
        for (String id : uniqueIds) {
            if (id.startsWith("model.")) {
                resolved.add(resolve(id));
            }
        }
        return resolved;
    }

    public ResolvedModel resolve(String modelId) {
        ResolverNode model = nodes.get(requireNonNull(modelId, "modelId is null"));
        if (model == null) {
            throw new IllegalArgumentException("unknown node " + modelId);
        }
        String target = targetOf(model);
        SortedSet<String> upstream = new TreeSet<>();
        for (String dep : model.dependsOn()) {
            String depTarget = upstreamTarget(dep);
            if (depTarget != null) {
                upstream.add(depTarget);
            }
        }
        ExecutionPath path;
        if (upstream.isEmpty() || (upstream.size() == 1 && upstream.contains(target))) {
            path = target.equals(defaults.runTarget()) ? ExecutionPath.DEFAULT : ExecutionPath.PUSHDOWN;
        } else {
            path = ExecutionPath.FEDERATION;
        }
        String configured = ResolverDefaults.firstNonBlank(model.materialized(), TABLE);
        String effective = configured;
        List<DvtWarning> warnings = new ArrayList<>();
        String compute = null;
        String bucket = null;
        if (path == ExecutionPath.FEDERATION) {
            compute = defaults.compute(model.compute());
            bucket = defaults.bucket(model.bucket());
            if (configured.equals("view") || configured.equals("ephemeral")) {
                effective = TABLE;
                warnings.add(new DvtWarning(DvtWarning.MATERIALIZATION_COERCED, modelId
                        + " is materialized as a table instead of a " + configured
                        + ", because its inputs " + upstream + " are not all on its target '" + target
                        + "' and a " + configured + " cannot read across databases"));
            }
        }
        return new ResolvedModel(modelId, target, upstream, path, compute, bucket, configured,
                effective, warnings);
    }

    /**
     * A seed's target, and the compute and bucket a Parquet, JSON or ORC seed is read through,
     * resolved as for a federated model.
     */
    public ResolvedSeed resolveSeed(String seedId) {
        ResolverNode seed = nodes.get(requireNonNull(seedId, "seedId is null"));
        if (seed == null || !seedId.startsWith("seed.")) {
            throw new IllegalArgumentException("unknown seed " + seedId);
        }
        return new ResolvedSeed(seedId, targetOf(seed), defaults.compute(seed.compute()), defaults.bucket(seed.bucket()));
    }

    /** The target a direct dependency contributes, or null for tests, macros and the like. */
    private String upstreamTarget(String depId) {
        ResolverNode dep = nodes.get(depId);
        if (depId.startsWith("source.")) {
            String connection = dep == null ? null : dep.target();
            return ResolverDefaults.firstNonBlank(connection, defaults.runTarget());
        }
        if (depId.startsWith("model.") || depId.startsWith("seed.") || depId.startsWith("snapshot.")) {
            return dep == null ? defaults.runTarget() : targetOf(dep);
        }
        return null;
    }

    /** CLI > the node's own config > the run's default; never recurses into its inputs. */
    private String targetOf(ResolverNode node) {
        return targetCache.computeIfAbsent(node.uniqueId(), id -> ResolverDefaults.firstNonBlank(
                defaults.cliTarget(), node.target(), defaults.runTarget()));
    }
}
