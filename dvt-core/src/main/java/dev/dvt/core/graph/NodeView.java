package dev.dvt.core.graph;

import dev.dvt.artifacts.manifest.GenericTestNode;
import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.artifacts.manifest.ModelNode;
import dev.dvt.artifacts.manifest.SingularTestNode;
import dev.dvt.core.select.SelectableNode;
import dev.dvt.core.select.StateFingerprint;
import dev.dvt.core.select.TestType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A manifest node (model, seed, snapshot, test, analysis…) as selection sees it. */
final class NodeView implements SelectableNode {
    private final ManifestNode node;

    NodeView(ManifestNode node) {
        this.node = node;
    }

    @Override
    public String uniqueId() {
        return node.getUniqueId();
    }

    @Override
    public String resourceType() {
        return node.getResourceType();
    }

    @Override
    public String name() {
        return node.getName();
    }

    @Override
    public String packageName() {
        return node.getPackageName();
    }

    @Override
    public List<String> fqn() {
        return node.getFqn();
    }

    @Override
    public String originalFilePath() {
        return Objects.requireNonNullElse(node.getOriginalFilePath(), "");
    }

    @Override
    public Optional<String> patchPath() {
        String patch = node.getPatchPath();
        return patch == null ? Optional.empty() : Optional.of(patch.contains("://") ? patch.substring(patch.indexOf("://") + 3) : patch);
    }

    @Override
    public List<String> tags() {
        return node.getTags();
    }

    @Override
    public Map<String, Object> config() {
        return node.getConfig();
    }

    @Override
    public Optional<TestType> testType() {
        if (node instanceof GenericTestNode) {
            return Optional.of(TestType.GENERIC);
        }
        return node instanceof SingularTestNode ? Optional.of(TestType.SINGULAR) : Optional.empty();
    }

    @Override
    public Optional<String> testName() {
        return node instanceof GenericTestNode test && test.getTestMetadata() != null
                ? Optional.ofNullable(test.getTestMetadata().getName()) : Optional.empty();
    }

    @Override
    public List<String> dependsOn() {
        return node.getDependsOn().getNodes();
    }

    @Override
    public List<String> macroDependencies() {
        return node.getDependsOn().getMacros();
    }

    @Override
    public Optional<String> access() {
        return node instanceof ModelNode model ? Optional.ofNullable(model.getAccess()) : Optional.empty();
    }

    @Override
    public Optional<String> version() {
        return node instanceof ModelNode model && model.getVersion() != null
                ? Optional.of(model.getVersion().toString()) : Optional.empty();
    }

    @Override
    public Optional<String> latestVersion() {
        return node instanceof ModelNode model && model.getLatestVersion() != null
                ? Optional.of(model.getLatestVersion().toString()) : Optional.empty();
    }

    @Override
    public StateFingerprint stateFingerprint() {
        // dbt compares generic tests by config and fqn only: their "body" is generated.
        String body = node instanceof GenericTestNode || node.getChecksum() == null ? null : node.getChecksum().getChecksum();
        Map<String, Object> unrendered = node.getUnrenderedConfig().isEmpty() ? node.getConfig() : node.getUnrenderedConfig();
        String relation = node.getDatabase() + "." + node.getSchema() + "." + node.getAlias();
        String contract = "";
        Object contractConfig = node.getConfig().get("contract");
        if (contractConfig instanceof Map<?, ?> c && Boolean.TRUE.equals(c.get("enforced"))) {
            contract = String.valueOf(node.getColumns().values().stream()
                    .map(col -> col.getName() + ":" + col.getDataType()).toList());
        }
        String other = node.getFqn() + "|" + access().orElse("") + "|" + latestVersion().orElse("");
        return new StateFingerprint(body, Canonical.text(unrendered), relation, persistedDescriptions(), contract, other);
    }

    private String persistedDescriptions() {
        Object persist = node.getConfig().get("persist_docs");
        if (!(persist instanceof Map<?, ?> p) || p.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (Boolean.TRUE.equals(p.get("relation"))) {
            text.append(node.getDescription());
        }
        if (Boolean.TRUE.equals(p.get("columns"))) {
            node.getColumns().values().forEach(c -> text.append('|').append(c.getName()).append('=').append(c.getDescription()));
        }
        return text.toString();
    }
}
