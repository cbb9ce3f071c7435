package dev.dvt.core.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A {@link SelectionGraph} numbered 0..n-1 with adjacency arrays, so that every selection step is a
 * scan or a breadth-first walk over ints and every node set is a {@link BitSet}.
 */
final class IndexedGraph {
    private final List<SelectableNode> nodes;
    private final Map<String, Integer> indexById;
    private final int[][] parents;
    private final int[][] children;
    private final SelectionGraph source;

    IndexedGraph(SelectionGraph graph) {
        this.source = graph;
        this.nodes = List.copyOf(graph.nodes());
        this.indexById = new HashMap<>(nodes.size() * 2);
        for (int i = 0; i < nodes.size(); i++) {
            indexById.put(nodes.get(i).uniqueId(), i);
        }
        this.parents = new int[nodes.size()][];
        this.children = new int[nodes.size()][];
        for (int i = 0; i < nodes.size(); i++) {
            String id = nodes.get(i).uniqueId();
            parents[i] = indexes(graph.parents(id));
            children[i] = indexes(graph.children(id));
        }
    }

    private int[] indexes(Collection<String> ids) {
        int[] result = new int[ids.size()];
        int count = 0;
        for (String id : ids) {
            Integer index = indexById.get(id);
            if (index != null) {
                result[count++] = index;
            }
        }
        return count == result.length ? result : Arrays.copyOf(result, count);
    }

    SelectionGraph source() {
        return source;
    }

    int size() {
        return nodes.size();
    }

    SelectableNode node(int index) {
        return nodes.get(index);
    }

    /** Index of a unique id, or -1 when the graph does not hold it. */
    int indexOf(String uniqueId) {
        Integer index = indexById.get(uniqueId);
        return index == null ? -1 : index;
    }

    BitSet all() {
        BitSet all = new BitSet(nodes.size());
        all.set(0, nodes.size());
        return all;
    }

    /** Ancestors of the start set within {@code depth} edges; start nodes only if reached again. */
    BitSet ancestors(BitSet start, OptionalInt depth) {
        return walk(start, depth, parents);
    }

    /** Descendants of the start set within {@code depth} edges. */
    BitSet descendants(BitSet start, OptionalInt depth) {
        return walk(start, depth, children);
    }

    /** Direct children of the start set. */
    BitSet successors(BitSet start) {
        return walk(start, OptionalInt.of(1), children);
    }

    /** dbt's {@code @}: the set, its descendants, and every ancestor of those. */
    BitSet childrensParents(BitSet start) {
        BitSet base = descendants(start, OptionalInt.empty());
        base.or(start);
        BitSet result = ancestors(base, OptionalInt.empty());
        result.or(base);
        return result;
    }

    private BitSet walk(BitSet start, OptionalInt depth, int[][] edges) {
        BitSet reached = new BitSet(nodes.size());
        int[] frontier = toArray(start);
        int frontierSize = frontier.length;
        int maxDepth = depth.orElse(Integer.MAX_VALUE);
        int[] next = new int[Math.max(16, frontierSize)];
        for (int level = 0; level < maxDepth && frontierSize > 0; level++) {
            int nextSize = 0;
            for (int f = 0; f < frontierSize; f++) {
                for (int neighbour : edges[frontier[f]]) {
                    if (!reached.get(neighbour)) {
                        reached.set(neighbour);
                        if (nextSize == next.length) {
                            next = Arrays.copyOf(next, nextSize * 2);
                        }
                        next[nextSize++] = neighbour;
                    }
                }
            }
            int[] swap = frontier;
            frontier = next;
            frontierSize = nextSize;
            next = swap.length >= 16 ? swap : new int[16];
        }
        return reached;
    }

    private static int[] toArray(BitSet set) {
        return set.stream().toArray();
    }

    /** Unique ids of a set, in graph order. */
    List<String> ids(BitSet set) {
        List<String> ids = new ArrayList<>(set.cardinality());
        set.stream().forEach(i -> ids.add(nodes.get(i).uniqueId()));
        return ids;
    }

    /** The set of the given unique ids that the graph holds. */
    BitSet setOf(Collection<String> ids) {
        BitSet set = new BitSet(nodes.size());
        for (String id : ids) {
            int index = indexOf(id);
            if (index >= 0) {
                set.set(index);
            }
        }
        return set;
    }
}
