package dev.dvt.core.graph;

import static java.util.Objects.requireNonNull;

import dev.dvt.artifacts.manifest.Manifest;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dependency DAG of a manifest: nodes, sources and exposures, with an edge from each parent to
 * each child. Built from {@link Manifest#buildDependencyMaps()}; construction fails with the path
 * of the first cycle it finds, as dbt reports it.
 */
public final class ManifestGraph {
    private final Map<String, List<String>> parents;
    private final Map<String, List<String>> children;
    private final List<String> topologicalOrder;

    private ManifestGraph(Map<String, List<String>> parents, Map<String, List<String>> children) {
        this.parents = parents;
        this.children = children;
        this.topologicalOrder = sort();
    }

    /** Builds the graph from a manifest whose parent and child maps are filled. */
    public static ManifestGraph of(Manifest manifest) {
        return of(manifest.getParentMap(), manifest.getChildMap());
    }

    public static ManifestGraph of(Map<String, List<String>> parentMap, Map<String, List<String>> childMap) {
        requireNonNull(parentMap, "parentMap is null");
        requireNonNull(childMap, "childMap is null");
        Map<String, List<String>> parents = new LinkedHashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        parentMap.forEach((id, list) -> parents.put(id, List.copyOf(list)));
        childMap.forEach((id, list) -> children.put(id, List.copyOf(list)));
        // A parent that is not itself a key (e.g. a disabled node) still needs an entry.
        for (List<String> list : parentMap.values()) {
            for (String parent : list) {
                parents.putIfAbsent(parent, List.of());
                children.putIfAbsent(parent, List.of());
            }
        }
        return new ManifestGraph(parents, children);
    }

    public Collection<String> ids() {
        return parents.keySet();
    }

    public boolean contains(String id) {
        return parents.containsKey(id);
    }

    public List<String> parents(String id) {
        return parents.getOrDefault(id, List.of());
    }

    public List<String> children(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** Every id, each after all of its parents. */
    public List<String> topologicalOrder() {
        return topologicalOrder;
    }

    /** All ancestors of {@code id} (not including it). */
    public Set<String> ancestors(String id) {
        return reach(id, parents);
    }

    /** All descendants of {@code id} (not including it). */
    public Set<String> descendants(String id) {
        return reach(id, children);
    }

    private static Set<String> reach(String start, Map<String, List<String>> edges) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(edges.getOrDefault(start, List.of()));
        while (!queue.isEmpty()) {
            String next = queue.poll();
            if (seen.add(next)) {
                queue.addAll(edges.getOrDefault(next, List.of()));
            }
        }
        return seen;
    }

    // Kahn's algorithm, keeping manifest order among ready nodes so runs are deterministic.
    private List<String> sort() {
        Map<String, Integer> waiting = new HashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        for (Map.Entry<String, List<String>> entry : parents.entrySet()) {
            int count = entry.getValue().size();
            waiting.put(entry.getKey(), count);
            if (count == 0) {
                ready.add(entry.getKey());
            }
        }
        List<String> order = new ArrayList<>(parents.size());
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            for (String child : children(id)) {
                if (waiting.merge(child, -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        if (order.size() < parents.size()) {
            throw new DvtException(ErrorCode.PARSE, "Found a cycle: " + String.join(" --> ", findCycle(waiting))
                    + ". Remove one of these dependencies so that no node depends on itself.");
        }
        return List.copyOf(order);
    }

    // Walks parent edges among the nodes left unsorted; every one of them lies on or behind a cycle.
    private List<String> findCycle(Map<String, Integer> waiting) {
        String start = waiting.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .sorted().findFirst().orElseThrow();
        Map<String, Integer> position = new LinkedHashMap<>();
        List<String> path = new ArrayList<>();
        String current = start;
        while (!position.containsKey(current)) {
            position.put(current, path.size());
            path.add(current);
            String next = null;
            for (String parent : parents(current)) {
                if (waiting.getOrDefault(parent, 0) > 0) {
                    next = parent;
                    break;
                }
            }
            current = next;
        }
        List<String> cycle = new ArrayList<>(path.subList(position.get(current), path.size()));
        java.util.Collections.reverse(cycle);
        // Start at the smallest id so the same cycle is always reported the same way.
        java.util.Collections.rotate(cycle, -cycle.indexOf(java.util.Collections.min(cycle)));
        cycle.add(cycle.get(0));
        return cycle;
    }
}
