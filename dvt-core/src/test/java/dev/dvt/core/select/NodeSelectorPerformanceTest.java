package dev.dvt.core.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Selection over a generated 10,000-node project stays interactive. */
class NodeSelectorPerformanceTest {
    private static final int MODELS = 8_000;
    private static final int TESTS = 2_000;

    private static SimpleSelectionGraph generated() {
        Random random = new Random(42);
        List<SimpleSelectableNode> nodes = new ArrayList<>(MODELS + TESTS);
        for (int i = 0; i < MODELS; i++) {
            SimpleSelectableNode.Builder model = SimpleSelectableNode.builder("model.big.m" + i)
                    .fqn("big", "layer" + (i / 1000), "m" + i)
                    .path("models/layer" + (i / 1000) + "/m" + i + ".sql")
                    .tags(i % 50 == 0 ? new String[] {"x"} : new String[] {"y"});
            if (i >= 10) {
                // Each model reads up to three earlier models: a layered DAG with long chains.
                int parents = 1 + random.nextInt(3);
                String[] ids = new String[parents];
                for (int p = 0; p < parents; p++) {
                    ids[p] = "model.big.m" + (i - 1 - random.nextInt(Math.min(i, 200)));
                }
                model.dependsOn(ids);
            }
            nodes.add(model.build());
        }
        for (int t = 0; t < TESTS; t++) {
            int target = random.nextInt(MODELS);
            nodes.add(SimpleSelectableNode.builder("test.big.t" + t).fqn("big", "t" + t)
                    .test(TestType.GENERIC, "not_null").dependsOn("model.big.m" + target).build());
        }
        return new SimpleSelectionGraph("big", nodes);
    }

    @Test
    void selectsAroundAModelAndByTagQuickly() {
        SimpleSelectionGraph graph = generated();
        SelectionCriteria aroundModel = SelectionCriteria.select("+m4000+");
        SelectionCriteria tagged = SelectionCriteria.select("tag:x+");
        Set<String> around = Set.of();
        Set<String> byTag = Set.of();
        for (int warmUp = 0; warmUp < 20; warmUp++) {
            around = NodeSelector.select(graph, aroundModel);
            byTag = NodeSelector.select(graph, tagged);
        }
        long start = System.nanoTime();
        around = NodeSelector.select(graph, aroundModel);
        long aroundMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        byTag = NodeSelector.select(graph, tagged);
        long tagMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(around).contains("model.big.m4000", "model.big.m0").hasSizeGreaterThan(2_000);
        assertThat(byTag).contains("model.big.m50").hasSizeGreaterThan(7_000);
        assertThat(aroundMillis).as("+m4000+ took %d ms", aroundMillis).isLessThan(200);
        assertThat(tagMillis).as("tag:x+ took %d ms", tagMillis).isLessThan(200);
    }
}
