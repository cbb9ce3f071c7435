package dev.dvt.compiler.parse;

import dev.dvt.artifacts.manifest.GenericTestNode;
import dev.dvt.artifacts.manifest.Manifest;
import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.artifacts.manifest.ModelNode;
import dev.dvt.artifacts.manifest.SourceDefinition;
import dev.dvt.compiler.context.RelationFactory;
import dev.dvt.compiler.jinja.DvtTemplateEngine;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.QuotingConfig;
import dev.dvt.core.config.RuntimeConfig;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.core.dialect.DialectRegistry;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which target (profile output) each node is written to, and its names there. A model, seed or
 * snapshot goes to its {@code target} config, or the default target; {@code -t} puts every node on
 * the target it names. A node on another target gets its database, schema, alias and relation
 * name from that target, as if the project ran there.
 */
public final class TargetPlacement {
    private final RuntimeConfig config;
    private final Manifest manifest;

    public TargetPlacement(RuntimeConfig config, Manifest manifest) {
        this.config = config;
        this.manifest = manifest;
    }

    /** The target a node writes to (tests: the target of what they test; sources: their connection). */
    public String targetOf(String uniqueId) {
        ManifestNode node = manifest.getNodes().get(uniqueId);
        if (node != null) {
            return targetOf(node);
        }
        SourceDefinition source = manifest.getSources().get(uniqueId);
        if (source != null) {
            Object connection = source.getConfig().get("connection");
            return connection == null ? config.target().name() : connection.toString();
        }
        return config.target().name();
    }

    public String targetOf(ManifestNode node) {
        if (node.getResourceType().equals("test")) {
            String tested = node instanceof GenericTestNode generic && generic.getAttachedNode() != null
                    ? generic.getAttachedNode() : first(node.getDependsOn().getNodes());
            return tested == null ? config.target().name() : targetOf(tested);
        }
        if (config.targetForced()) {
            return config.target().name();
        }
        String configured = node.getConfig().getString("target");
        return configured == null ? config.target().name() : configured;
    }

    private static String first(List<String> ids) {
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** Checks every configured target and renames the nodes that live on a non-default one. */
    void apply(DvtTemplateEngine engine, QuotingConfig quoting, Map<String, Path> packageRoots) {
        // Outputs are rendered only when a node uses them: an unused one may need env vars that are unset.
        java.util.List<String> targetNames = config.profiles().targetNames();
        Map<String, RelationNaming> namings = new HashMap<>();
        Map<String, RelationFactory> factories = new HashMap<>();
        String defaultDatabase = config.target().database();
        for (SourceDefinition source : manifest.getSources().values()) {
            String target = targetOf(source.getUniqueId());
            if (target.equals(config.target().name()) || !targetNames.contains(target)) {
                continue;
            }
            TargetConfig targetConfig = config.profiles().target(target);
            // A source on another target lives in that target's database unless its YAML names one.
            if (java.util.Objects.equals(source.getDatabase(), defaultDatabase)) {
                source.setDatabase(targetConfig.database());
            }
            source.setRelationName(factories.computeIfAbsent(target,
                    t -> new RelationFactory(DialectRegistry.forType(targetConfig.type()), quoting)).forSource(source).toString());
        }
        for (ManifestNode node : manifest.getNodes().values()) {
            String type = node.getResourceType();
            if (!type.equals("model") && !type.equals("seed") && !type.equals("snapshot")) {
                continue;
            }
            String configured = node.getConfig().getString("target");
            if (configured != null && !targetNames.contains(configured)) {
                throw new DvtException(ErrorCode.PARSE, node.getResourceType() + " '" + node.getName() + "' sets target '"
                        + configured + "', which is not an output of profile '" + config.profileName()
                        + "'. Use one of: " + String.join(", ", targetNames),
                        packageRoots.getOrDefault(node.getPackageName(), Path.of("")).resolve(node.getOriginalFilePath()), 0);
            }
            String target = targetOf(node);
            if (target.equals(config.target().name())) {
                continue;
            }
            TargetConfig targetConfig = config.profiles().target(target);
            namings.computeIfAbsent(target, t -> new RelationNaming(engine, targetConfig))
                    .apply(node, node instanceof ModelNode model ? model.getVersion() : null);
            node.setRelationName(factories.computeIfAbsent(target,
                    t -> new RelationFactory(DialectRegistry.forType(targetConfig.type()), quoting)).relationName(node));
        }
    }
}
