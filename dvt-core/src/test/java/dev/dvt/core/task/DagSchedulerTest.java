package dev.dvt.core.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.artifacts.results.NodeStatus;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.graph.ManifestGraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DagSchedulerTest {
    // a -> b -> d, a -> c -> d, e alone
    private static ManifestGraph graph() {
        Map<String, List<String>> parents = new LinkedHashMap<>();
        parents.put("a", List.of());
        parents.put("b", List.of("a"));
        parents.put("c", List.of("a"));
        parents.put("d", List.of("b", "c"));
        parents.put("e", List.of());
        Map<String, List<String>> children = new LinkedHashMap<>();
        parents.keySet().forEach(id -> children.put(id, new ArrayList<>()));
        parents.forEach((id, ps) -> ps.forEach(p -> children.get(p).add(id)));
        return ManifestGraph.of(parents, children);
    }

    private static NodeOutcome ok(String id) {
        return new NodeOutcome(id, NodeStatus.SUCCESS, "OK", null, Map.of(), Instant.now(), Instant.now(), null, null,
                null, null, null);
    }

    @Test
    void runsEveryNodeAfterItsParents() {
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        List<NodeOutcome> outcomes = new DagScheduler(graph(), 3, false).run(Set.of("a", "b", "c", "d", "e"), id -> {
            Thread.sleep(5);
            done.add(id);
            return ok(id);
        }, SchedulerListener.NONE);
        assertThat(outcomes).hasSize(5).allMatch(o -> o.status() == NodeStatus.SUCCESS);
        assertThat(done.indexOf("a")).isLessThan(done.indexOf("b")).isLessThan(done.indexOf("d"));
        assertThat(done.indexOf("c")).isLessThan(done.indexOf("d"));
    }

    @Test
    void skipsDependantsOfAFailureButRunsTheRest() {
        List<NodeOutcome> outcomes = new DagScheduler(graph(), 2, false).run(Set.of("a", "b", "c", "d", "e"), id -> {
            if (id.equals("b")) {
                throw new DvtException(ErrorCode.DATABASE, "syntax error at or near \"selec\"");
            }
            return ok(id);
        }, SchedulerListener.NONE);
        Map<String, NodeStatus> status = outcomes.stream().collect(Collectors.toMap(NodeOutcome::uniqueId, NodeOutcome::status));
        assertThat(status).containsEntry("b", NodeStatus.ERROR).containsEntry("d", NodeStatus.SKIPPED)
                .containsEntry("c", NodeStatus.SUCCESS).containsEntry("e", NodeStatus.SUCCESS);
        assertThat(outcomes.stream().filter(o -> o.uniqueId().equals("b")).findFirst().orElseThrow().message())
                .contains("syntax error");
    }

    @Test
    void waitsThroughUnselectedNodes() {
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        new DagScheduler(graph(), 2, false).run(Set.of("a", "d"), id -> {
            done.add(id);
            return ok(id);
        }, SchedulerListener.NONE);
        assertThat(done).containsExactly("a", "d");
    }

    @Test
    void failFastStopsNodesNotYetStarted() {
        AtomicInteger ran = new AtomicInteger();
        List<NodeOutcome> outcomes = new DagScheduler(graph(), 1, true).run(Set.of("a", "b", "c", "d", "e"), id -> {
            ran.incrementAndGet();
            if (id.equals("a")) {
                throw new DvtException(ErrorCode.DATABASE, "boom");
            }
            return ok(id);
        }, SchedulerListener.NONE);
        assertThat(ran.get()).isEqualTo(1);
        assertThat(outcomes).hasSize(5);
        assertThat(outcomes.stream().filter(o -> o.status() == NodeStatus.SKIPPED)).hasSize(4);
    }

    @Test
    void runsIndependentNodesInParallel() {
        Set<String> concurrent = ConcurrentHashMap.newKeySet();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        new DagScheduler(graph(), 2, false).run(Set.of("b", "c", "e"), id -> {
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            Thread.sleep(50);
            inFlight.decrementAndGet();
            concurrent.add(Thread.currentThread().getName());
            return ok(id);
        }, SchedulerListener.NONE);
        assertThat(peak.get()).isEqualTo(2);
        assertThat(concurrent).allMatch(name -> name.startsWith("Thread-"));
    }

    @Test
    void numbersNodesInStartOrder() {
        List<Integer> indexes = Collections.synchronizedList(new ArrayList<>());
        new DagScheduler(graph(), 1, false).run(Set.of("a", "b", "c", "d", "e"), DagSchedulerTest::ok, new SchedulerListener() {
            @Override
            public void started(String uniqueId, int index, int total) {
                assertThat(total).isEqualTo(5);
                indexes.add(index);
            }
        });
        assertThat(indexes).containsExactly(1, 2, 3, 4, 5);
    }
}
