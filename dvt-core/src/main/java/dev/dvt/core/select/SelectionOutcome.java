package dev.dvt.core.select;

import static java.util.Objects.requireNonNull;

import java.util.BitSet;

/**
 * One step of a selection: the nodes chosen directly, and the tests that cautious or buildable
 * indirect selection held back because some of their parents were missing.
 */
record SelectionOutcome(BitSet direct, BitSet indirect) {
    SelectionOutcome {
        requireNonNull(direct, "direct is null");
        requireNonNull(indirect, "indirect is null");
    }
}
