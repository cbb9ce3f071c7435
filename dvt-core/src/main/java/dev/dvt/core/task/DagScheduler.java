package dev.dvt.core.task;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.graph.ManifestGraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a set of nodes in dependency order on a fixed number of threads, as dbt's runner does:
 * a node starts once all of its selected ancestors have finished, dependants of a failed node are
 * skipped, and with fail-fast the first failure stops every node not yet started.
 *
 * <p>Dependencies are followed transitively through nodes that are not selected, so selecting
 * {@code a} and {@code c} of {@code a -> b -> c} still runs {@code a} before {@code c}.
 */
public final class DagScheduler {
    private final ManifestGraph graph;
    private final int threads;
    private final boolean failFast;

    public DagScheduler(ManifestGraph graph, int threads, boolean failFast) {
        this.graph = requireNonNull(graph, "graph is null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
        this.failFast = failFast;
    }

    /** Runs {@code nodes} (an id set; order does not matter) and returns outcomes in finishing order. */
    public List<NodeOutcome> run(Set<String> nodes, NodeExecutor executor, SchedulerListener listener) {
        Map<String, Integer> rank = new HashMap<>();
        List<String> order = graph.topologicalOrder();
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i);
        }
        for (String id : nodes) {
            rank.putIfAbsent(id, Integer.MAX_VALUE);
        }
        Map<String, Set<String>> upstream = selectedAncestors(nodes);
        Map<String, Set<String>> downstream = new HashMap<>();
        upstream.forEach((id, parents) -> parents.forEach(p -> downstream.computeIfAbsent(p, k -> new HashSet<>()).add(id)));

        Map<String, Integer> waiting = new HashMap<>();
        PriorityQueue<String> ready = new PriorityQueue<>((a, b) -> Integer.compare(rank.get(a), rank.get(b)));
        for (String id : nodes) {
            waiting.put(id, upstream.get(id).size());
            if (upstream.get(id).isEmpty()) {
                ready.add(id);
            }
        }

        int total = nodes.size();
        AtomicInteger started = new AtomicInteger();
        Map<String, NodeOutcome> outcomes = new LinkedHashMap<>();
        Set<String> blocked = new HashSet<>();
        boolean stopping = false;
        ExecutorService pool = Executors.newFixedThreadPool(threads, new WorkerThreads());
        ExecutorCompletionService<NodeOutcome> completions = new ExecutorCompletionService<>(pool);
        int running = 0;
        try {
            while (outcomes.size() < total) {
                while (!stopping && running < threads && !ready.isEmpty()) {
                    String id = ready.poll();
                    if (blocked.contains(id)) {
                        NodeOutcome skip = NodeOutcome.skipped(id, "Skipped due to ancestor failure");
                        int index = started.incrementAndGet();
                        listener.started(id, index, total);
                        record(skip, index, total, outcomes, listener);
                        release(id, skip, downstream, waiting, ready, blocked);
                        continue;
                    }
                    int index = started.incrementAndGet();
                    completions.submit(() -> runOne(id, index, total, executor, listener));
                    running++;
                }
                if (running == 0) {
                    if (stopping || ready.isEmpty()) {
                        break;
                    }
                    continue;
                }
                NodeOutcome outcome = take(completions);
                running--;
                outcomes.put(outcome.uniqueId(), outcome);
                release(outcome.uniqueId(), outcome, downstream, waiting, ready, blocked);
                if (failFast && outcome.status().isFailure()) {
                    stopping = true;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (stopping) {
            for (String id : order) {
                if (nodes.contains(id) && !outcomes.containsKey(id)) {
                    outcomes.put(id, NodeOutcome.skipped(id, "Skipped because --fail-fast stopped the run"));
                }
            }
        }
        return new ArrayList<>(outcomes.values());
    }

    private static NodeOutcome runOne(String id, int index, int total, NodeExecutor executor, SchedulerListener listener) {
        listener.started(id, index, total);
        Instant start = Instant.now();
        NodeOutcome outcome;
        try {
            outcome = executor.execute(id);
        } catch (dev.dvt.core.DvtException e) {
            outcome = NodeOutcome.error(id, e.describe(), start);
        } catch (Exception | LinkageError e) {
            outcome = NodeOutcome.error(id, "Internal error: " + e, start);
        }
        listener.finished(outcome, index, total);
        return outcome;
    }

    private static void record(NodeOutcome outcome, int index, int total, Map<String, NodeOutcome> outcomes,
            SchedulerListener listener) {
        outcomes.put(outcome.uniqueId(), outcome);
        listener.finished(outcome, index, total);
    }

    private static void release(String id, NodeOutcome outcome, Map<String, Set<String>> downstream,
            Map<String, Integer> waiting, PriorityQueue<String> ready, Set<String> blocked) {
        for (String child : downstream.getOrDefault(id, Set.of())) {
            if (outcome.blocksDependants()) {
                blocked.add(child);
            }
            if (waiting.merge(child, -1, Integer::sum) == 0) {
                ready.add(child);
            }
        }
    }

    private static NodeOutcome take(ExecutorCompletionService<NodeOutcome> completions) {
        try {
            Future<NodeOutcome> done = completions.take();
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new dev.dvt.core.DvtException(dev.dvt.core.ErrorCode.RUNTIME, "Interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            // runOne catches everything an executor throws, so this is a scheduler bug.
            throw new IllegalStateException(e.getCause());
        }
    }

    // For each selected node, the selected nodes it must wait for, looking through unselected ones.
    private Map<String, Set<String>> selectedAncestors(Set<String> nodes) {
        Map<String, Set<String>> memo = new HashMap<>();
        Map<String, Set<String>> result = new HashMap<>();
        for (String id : nodes) {
            Set<String> parents = new HashSet<>();
            for (String parent : graph.parents(id)) {
                parents.addAll(nearestSelected(parent, nodes, memo));
            }
            parents.remove(id);
            result.put(id, parents);
        }
        return result;
    }

    private Set<String> nearestSelected(String id, Set<String> nodes, Map<String, Set<String>> memo) {
        if (nodes.contains(id)) {
            return Set.of(id);
        }
        Set<String> cached = memo.get(id);
        if (cached != null) {
            return cached;
        }
        memo.put(id, Set.of()); // the graph is acyclic; this only guards against bad input
        Set<String> found = new HashSet<>();
        for (String parent : graph.parents(id)) {
            found.addAll(nearestSelected(parent, nodes, memo));
        }
        memo.put(id, found);
        return found;
    }

    /** Worker threads named as dbt names them in logs: Thread-1, Thread-2, … */
    private static final class WorkerThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "Thread-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
