package dev.dvt.core.select;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link SelectionGraph} over a list of nodes whose edges are their {@code dependsOn} ids
 * (dependencies on ids outside the list are ignored).
 */
public final class SimpleSelectionGraph implements SelectionGraph {
    private final String rootProjectName;
    private final Map<String, SelectableNode> nodes = new LinkedHashMap<>();
    private final Map<String, List<String>> parents = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final Map<String, List<String>> macroDependencies;

    /**
     * @param macroDependencies macro unique id to the macros it calls
     */
    public SimpleSelectionGraph(String rootProjectName, Collection<? extends SelectableNode> nodes,
            Map<String, List<String>> macroDependencies) {
        this.rootProjectName = requireNonNull(rootProjectName, "rootProjectName is null");
        this.macroDependencies = Map.copyOf(requireNonNull(macroDependencies,
                "macroDependencies is null"));
        for (SelectableNode node : nodes) {
            if (this.nodes.put(node.uniqueId(), node) != null) {
                throw new IllegalArgumentException("duplicate node " + node.uniqueId());
            }
            parents.put(node.uniqueId(), new ArrayList<>());
            children.put(node.uniqueId(), new ArrayList<>());
        }
        for (SelectableNode node : nodes) {
            for (String parent : node.dependsOn()) {
                if (this.nodes.containsKey(parent) && !parents.get(node.uniqueId()).contains(parent)) {
                    parents.get(node.uniqueId()).add(parent);
                    children.get(parent).add(node.uniqueId());
                }
            }
        }
    }

    public SimpleSelectionGraph(String rootProjectName, Collection<? extends SelectableNode> nodes) {
        this(rootProjectName, nodes, Map.of());
    }

    @Override
    public Collection<SelectableNode> nodes() {
        return nodes.values();
    }

    @Override
    public Optional<SelectableNode> node(String uniqueId) {
        return Optional.ofNullable(nodes.get(uniqueId));
    }

    @Override
    public Collection<String> parents(String uniqueId) {
        return parents.getOrDefault(uniqueId, List.of());
    }

    @Override
    public Collection<String> children(String uniqueId) {
        return children.getOrDefault(uniqueId, List.of());
    }

    @Override
    public String rootProjectName() {
        return rootProjectName;
    }

    @Override
    public List<String> macroDependencies(String macroUniqueId) {
        return macroDependencies.getOrDefault(macroUniqueId, List.of());
    }
}
