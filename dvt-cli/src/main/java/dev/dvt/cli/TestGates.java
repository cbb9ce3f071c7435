package dev.dvt.cli;

import dev.dvt.artifacts.manifest.Manifest;
import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.core.graph.ManifestGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * dvt build runs a node's tests before its dependants: a test gates a node when everything the
 * test depends on is upstream of that node (so a relationships test between two models gates the
 * models below both, never one of the two it reads).
 */
final class TestGates {
    private TestGates() {
    }

    static ManifestGraph graphWithGates(Manifest manifest, Set<String> selected) {
        ManifestGraph base = ManifestGraph.of(manifest);
        Map<String, List<String>> parents = new LinkedHashMap<>();
        base.ids().forEach(id -> parents.put(id, new ArrayList<>(base.parents(id))));
        Map<String, List<String>> testsByParent = new HashMap<>();
        for (String id : selected) {
            ManifestNode node = manifest.getNodes().get(id);
            if (node != null && node.getResourceType().equals("test")) {
                for (String parent : node.getDependsOn().getNodes()) {
                    testsByParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(id);
                }
            }
        }
        for (String id : selected) {
            ManifestNode node = manifest.getNodes().get(id);
            if (node == null || node.getResourceType().equals("test")) {
                continue;
            }
            Set<String> upstream = base.ancestors(id);
            Set<String> gates = new HashSet<>();
            for (String ancestor : upstream) {
                for (String test : testsByParent.getOrDefault(ancestor, List.of())) {
                    if (upstream.containsAll(manifest.getNodes().get(test).getDependsOn().getNodes())) {
                        gates.add(test);
                    }
                }
            }
            parents.get(id).addAll(gates);
        }
        Map<String, List<String>> children = new LinkedHashMap<>();
        parents.keySet().forEach(id -> children.put(id, new ArrayList<>()));
        parents.forEach((child, list) -> list.forEach(parent -> children.computeIfAbsent(parent, k -> new ArrayList<>()).add(child)));
        return ManifestGraph.of(parents, children);
    }
}
