package dev.dvt.compiler.parse;

import dev.dvt.artifacts.manifest.DependsOn;
import dev.dvt.artifacts.manifest.Manifest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fills parent_map, child_map and group_map with the same content as
 * {@link Manifest#buildDependencyMaps()}, using sets so a source with thousands of children
 * costs linear time.
 */
final class DependencyMaps {

    private DependencyMaps() {
    }

    static void fill(Manifest manifest) {
        Map<String, Set<String>> parents = new TreeMap<>();
        Map<String, Set<String>> children = new TreeMap<>();
        for (String id : manifest.getSources().keySet()) {
            parents.put(id, new LinkedHashSet<>());
            children.put(id, new LinkedHashSet<>());
        }
        manifest.getNodes().forEach((id, node) -> link(id, node.getDependsOn(), parents, children));
        manifest.getExposures().forEach((id, exposure) -> link(id, exposure.getDependsOn(), parents, children));
        manifest.setParentMap(sorted(parents));
        manifest.setChildMap(sorted(children));

        Map<String, Set<String>> groups = new TreeMap<>();
        manifest.getGroups().values().forEach(g -> groups.put(g.getName(), new LinkedHashSet<>()));
        manifest.getNodes().forEach((id, node) -> {
            if (node.getGroup() != null) {
                groups.computeIfAbsent(node.getGroup(), k -> new LinkedHashSet<>()).add(id);
            }
        });
        manifest.setGroupMap(sorted(groups));
    }

    private static void link(String id, DependsOn dependsOn, Map<String, Set<String>> parents,
            Map<String, Set<String>> children) {
        Set<String> mine = parents.computeIfAbsent(id, k -> new LinkedHashSet<>());
        children.computeIfAbsent(id, k -> new LinkedHashSet<>());
        for (String parent : dependsOn.getNodes()) {
            mine.add(parent);
            children.computeIfAbsent(parent, k -> new LinkedHashSet<>()).add(id);
        }
    }

    private static Map<String, List<String>> sorted(Map<String, Set<String>> map) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, sortedList(v)));
        return out;
    }

    private static List<String> sortedList(Collection<String> values) {
        List<String> list = new ArrayList<>(values);
        list.sort(null);
        return list;
    }
}
