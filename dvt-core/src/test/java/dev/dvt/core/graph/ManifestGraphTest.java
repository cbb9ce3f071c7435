package dev.dvt.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestGraphTest {
    private static ManifestGraph graph(Map<String, List<String>> parentMap) {
        Map<String, List<String>> childMap = new LinkedHashMap<>();
        parentMap.keySet().forEach(id -> childMap.put(id, new java.util.ArrayList<>()));
        parentMap.forEach((id, ps) -> ps.forEach(p -> childMap.computeIfAbsent(p, k -> new java.util.ArrayList<>()).add(id)));
        return ManifestGraph.of(parentMap, childMap);
    }

    @Test
    void ordersEveryNodeAfterItsParents() {
        Map<String, List<String>> parents = new LinkedHashMap<>();
        parents.put("model.p.c", List.of("model.p.a", "model.p.b"));
        parents.put("model.p.b", List.of("seed.p.s"));
        parents.put("model.p.a", List.of("seed.p.s"));
        parents.put("seed.p.s", List.of());
        List<String> order = graph(parents).topologicalOrder();
        assertThat(order).containsExactly("seed.p.s", "model.p.b", "model.p.a", "model.p.c");
    }

    @Test
    void reportsTheCyclePath() {
        Map<String, List<String>> parents = new LinkedHashMap<>();
        parents.put("model.p.a", List.of("model.p.c"));
        parents.put("model.p.b", List.of("model.p.a"));
        parents.put("model.p.c", List.of("model.p.b"));
        parents.put("model.p.d", List.of("model.p.c"));
        assertThatThrownBy(() -> graph(parents))
                .isInstanceOf(DvtException.class)
                .hasMessageContaining("Found a cycle: model.p.a --> model.p.b --> model.p.c --> model.p.a");
    }

    @Test
    void findsAncestorsAndDescendants() {
        Map<String, List<String>> parents = new LinkedHashMap<>();
        parents.put("a", List.of());
        parents.put("b", List.of("a"));
        parents.put("c", List.of("b"));
        parents.put("d", List.of("a"));
        ManifestGraph g = graph(parents);
        assertThat(g.ancestors("c")).containsExactlyInAnyOrder("a", "b");
        assertThat(g.descendants("a")).containsExactlyInAnyOrder("b", "c", "d");
        assertThat(g.children("a")).containsExactly("b", "d");
    }
}
