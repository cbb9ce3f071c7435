package dev.dvt.core.select;

import java.util.BitSet;
import java.util.OptionalInt;

/**
 * Indirect selection: tests (and unit tests) that are not selected themselves but test selected
 * nodes. Eager takes every such test; cautious only those whose every parent is selected;
 * buildable also accepts parents that are ancestors of the selection (or sources). Tests that
 * cautious or buildable hold back are returned separately, so that a union or intersection can
 * take them once the other parts supply their missing parents.
 */
final class IndirectTests {
    private IndirectTests() {}

    /** Adds the tests of the selected nodes that the mode accepts. */
    static SelectionOutcome expand(IndexedGraph graph, BitSet selected, IndirectSelection mode) {
        BitSet direct = (BitSet) selected.clone();
        BitSet heldBack = new BitSet(graph.size());
        BitSet buildable = null;
        if (mode == IndirectSelection.BUILDABLE) {
            buildable = graph.ancestors(selected, OptionalInt.empty());
            buildable.or(selected);
            for (int i = 0; i < graph.size(); i++) {
                if (graph.node(i).resourceType().equals("source")) {
                    buildable.set(i);
                }
            }
        }
        BitSet candidates = graph.successors(selected);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            if (!isTest(graph.node(i))) {
                continue;
            }
            if (mode == IndirectSelection.EAGER || parentsWithin(graph, i, selected)) {
                direct.set(i);
            } else if (mode == IndirectSelection.BUILDABLE && parentsWithin(graph, i, buildable)) {
                direct.set(i);
            } else if (mode != IndirectSelection.EMPTY) {
                heldBack.set(i);
            }
        }
        return new SelectionOutcome(direct, heldBack);
    }

    /** Takes held-back tests whose parents the combined selection now covers. */
    static BitSet incorporate(IndexedGraph graph, BitSet direct, BitSet indirect,
            IndirectSelection mode) {
        if (direct.equals(indirect)
                || (mode != IndirectSelection.CAUTIOUS && mode != IndirectSelection.BUILDABLE)) {
            return direct;
        }
        BitSet selected = (BitSet) direct.clone();
        BitSet allowed = selected;
        if (mode == IndirectSelection.BUILDABLE) {
            allowed = graph.ancestors(direct, OptionalInt.empty());
            allowed.or(direct);
        }
        for (int i = indirect.nextSetBit(0); i >= 0; i = indirect.nextSetBit(i + 1)) {
            if (graph.node(i).resourceType().equals("test") && parentsWithin(graph, i, allowed)) {
                selected.set(i);
            }
        }
        return selected;
    }

    private static boolean isTest(SelectableNode node) {
        String type = node.resourceType();
        return type.equals("test") || type.equals("unit_test");
    }

    private static boolean parentsWithin(IndexedGraph graph, int test, BitSet allowed) {
        for (String parent : graph.node(test).dependsOn()) {
            int index = graph.indexOf(parent);
            if (index < 0 || !allowed.get(index)) {
                return false;
            }
        }
        return true;
    }
}
