package dev.dvt.core.graph;

import static java.util.Objects.requireNonNull;

import dev.dvt.artifacts.manifest.Exposure;
import dev.dvt.artifacts.manifest.Manifest;
import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.artifacts.manifest.SourceDefinition;
import dev.dvt.core.select.SelectableNode;
import dev.dvt.core.select.SelectionGraph;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A manifest seen as node selection sees it: its enabled nodes, sources and exposures with their edges. */
public final class ManifestSelection implements SelectionGraph {
    private final Map<String, SelectableNode> members = new LinkedHashMap<>();
    private final Manifest manifest;
    private final String rootProject;

    public ManifestSelection(Manifest manifest, String rootProject) {
        this.manifest = requireNonNull(manifest, "manifest is null");
        this.rootProject = requireNonNull(rootProject, "rootProject is null");
        if (manifest.getParentMap().isEmpty() && !manifest.getNodes().isEmpty()) {
            manifest.buildDependencyMaps();
        }
        for (ManifestNode node : manifest.getNodes().values()) {
            members.put(node.getUniqueId(), new NodeView(node));
        }
        for (SourceDefinition source : manifest.getSources().values()) {
            members.put(source.getUniqueId(), new SourceView(source));
        }
        for (Exposure exposure : manifest.getExposures().values()) {
            members.put(exposure.getUniqueId(), new ExposureView(exposure));
        }
    }

    @Override
    public Collection<? extends SelectableNode> nodes() {
        return members.values();
    }

    @Override
    public Optional<? extends SelectableNode> node(String uniqueId) {
        return Optional.ofNullable(members.get(uniqueId));
    }

    @Override
    public Collection<String> parents(String uniqueId) {
        return manifest.getParentMap().getOrDefault(uniqueId, List.of()).stream().filter(members::containsKey).toList();
    }

    @Override
    public Collection<String> children(String uniqueId) {
        return manifest.getChildMap().getOrDefault(uniqueId, List.of()).stream().filter(members::containsKey).toList();
    }

    @Override
    public String rootProjectName() {
        return rootProject;
    }

    @Override
    public List<String> macroDependencies(String macroUniqueId) {
        var macro = manifest.getMacros().get(macroUniqueId);
        return macro == null ? List.of() : macro.getDependsOn().getMacros();
    }
}
