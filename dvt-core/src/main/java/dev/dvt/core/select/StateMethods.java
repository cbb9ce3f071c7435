package dev.dvt.core.select;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** {@code state:}, {@code result:} and {@code source_status:}, which compare with --state. */
final class StateMethods {
    static final List<String> STATES = List.of("new", "old", "modified", "unmodified",
            "modified.body", "modified.configs", "modified.persisted_descriptions",
            "modified.relation", "modified.macros", "modified.contract");

    private final IndexedGraph graph;
    private final Optional<PreviousState> previousState;

    StateMethods(IndexedGraph graph, Optional<PreviousState> previousState) {
        this.graph = graph;
        this.previousState = previousState;
    }

    BitSet search(SelectorSpec.Method spec) {
        return switch (spec.method()) {
            case STATE -> state(spec);
            case RESULT -> result(spec);
            case SOURCE_STATUS -> sourceStatus(spec);
            default -> throw new IllegalArgumentException("not a state method: " + spec.method());
        };
    }

    private PreviousState required(SelectorSpec.Method spec) {
        return previousState.orElseThrow(() -> new DvtException(ErrorCode.SELECTION,
                "Selector '" + spec.raw() + "' compares with a previous run; pass --state DIR "
                        + "pointing at that run's artifacts"));
    }

    private BitSet state(SelectorSpec.Method spec) {
        PreviousState state = required(spec);
        if (!state.hasManifest()) {
            throw new DvtException(ErrorCode.SELECTION, "Selector '" + spec.raw()
                    + "' needs manifest.json in the --state directory, and none was found");
        }
        if (!STATES.contains(spec.value())) {
            throw new DvtException(ErrorCode.SELECTION, "Invalid state selector '" + spec.raw()
                    + "'; expected one of: " + String.join(", ", STATES));
        }
        MacroChanges macros = new MacroChanges(graph.source(), state.modifiedMacros());
        BitSet result = new BitSet(graph.size());
        for (int i = 0; i < graph.size(); i++) {
            SelectableNode node = graph.node(i);
            Optional<StateFingerprint> old = state.previousNode(node.uniqueId());
            if (check(spec.value(), node, old.orElse(null), macros)) {
                result.set(i);
            }
        }
        return result;
    }

    private static boolean check(String value, SelectableNode node, StateFingerprint old,
            MacroChanges macros) {
        StateFingerprint current = node.stateFingerprint();
        return switch (value) {
            case "new" -> old == null;
            case "old" -> old != null;
            case "modified" -> modified(node, current, old, macros);
            case "unmodified" -> !modified(node, current, old, macros);
            case "modified.body" -> changed(current, old, StateFingerprint::body);
            case "modified.configs" -> changed(current, old, StateFingerprint::config);
            case "modified.persisted_descriptions" ->
                    changed(current, old, StateFingerprint::persistedDescriptions);
            case "modified.relation" -> changed(current, old, StateFingerprint::relation);
            case "modified.macros" -> macros.reachesChange(node);
            case "modified.contract" -> changed(current, old, StateFingerprint::contract);
            default -> throw new IllegalArgumentException(value);
        };
    }

    /** Any aspect differs, the node is new, or a macro it calls (transitively) changed. */
    private static boolean modified(SelectableNode node, StateFingerprint current,
            StateFingerprint old, MacroChanges macros) {
        return !current.sameContents(old) || macros.reachesChange(node);
    }

    /** An aspect that applies to the node and is new or differs from the previous version. */
    private static boolean changed(StateFingerprint current, StateFingerprint old,
            Function<StateFingerprint, String> aspect) {
        String now = aspect.apply(current);
        return now != null && (old == null || !Objects.equals(now, aspect.apply(old)));
    }

    private BitSet result(SelectorSpec.Method spec) {
        Map<String, String> results = required(spec).results().orElseThrow(() ->
                new DvtException(ErrorCode.SELECTION, "Selector '" + spec.raw()
                        + "' needs run_results.json in the --state directory, and none was found"));
        BitSet matched = new BitSet(graph.size());
        results.forEach((id, status) -> {
            int index = graph.indexOf(id);
            if (index >= 0 && status.equals(spec.value())) {
                matched.set(index);
            }
        });
        return matched;
    }

    private BitSet sourceStatus(SelectorSpec.Method spec) {
        if (!spec.value().equals("fresher")) {
            throw new DvtException(ErrorCode.SELECTION, "Invalid source_status selector '"
                    + spec.raw() + "'; the only status is 'fresher'");
        }
        PreviousState state = required(spec);
        String missing = "' needs sources.json both in the --state directory and in the target"
                + " directory; run `dvt source freshness` first";
        FreshnessSnapshot previous = state.previousFreshness().orElseThrow(() ->
                new DvtException(ErrorCode.SELECTION, "Selector '" + spec.raw() + missing));
        FreshnessSnapshot current = state.currentFreshness().orElseThrow(() ->
                new DvtException(ErrorCode.SELECTION, "Selector '" + spec.raw() + missing));
        BitSet matched = new BitSet(graph.size());
        current.maxLoadedAt().forEach((id, loadedNow) -> {
            Instant loadedBefore = previous.maxLoadedAt().get(id);
            boolean fresher = loadedBefore == null || loadedNow.isAfter(loadedBefore);
            boolean errored = previous.errored().contains(id) || current.errored().contains(id);
            int index = graph.indexOf(id);
            if (fresher && !errored && index >= 0) {
                matched.set(index);
            }
        });
        return matched;
    }

    /** Whether a node reaches a changed macro through the macros it calls, memoised per macro. */
    private static final class MacroChanges {
        private final SelectionGraph graph;
        private final Set<String> modified;
        private final Map<String, Boolean> reaches = new java.util.HashMap<>();

        MacroChanges(SelectionGraph graph, Set<String> modified) {
            this.graph = graph;
            this.modified = modified;
        }

        boolean reachesChange(SelectableNode node) {
            if (modified.isEmpty()) {
                return false;
            }
            for (String macro : node.macroDependencies()) {
                if (macroReaches(macro)) {
                    return true;
                }
            }
            return false;
        }

        private boolean macroReaches(String start) {
            Boolean known = reaches.get(start);
            if (known != null) {
                return known;
            }
            Set<String> seen = new HashSet<>();
            Deque<String> pending = new ArrayDeque<>(List.of(start));
            boolean found = false;
            while (!pending.isEmpty() && !found) {
                String macro = pending.pop();
                if (seen.add(macro)) {
                    found = modified.contains(macro) || Boolean.TRUE.equals(reaches.get(macro));
                    pending.addAll(graph.macroDependencies(macro));
                }
            }
            reaches.put(start, found);
            return found;
        }
    }
}
