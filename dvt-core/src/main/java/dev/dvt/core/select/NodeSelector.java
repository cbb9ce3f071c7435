package dev.dvt.core.select;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Selects nodes of a graph the way dbt does: methods first, then graph operators, then set
 * operators, then {@code --exclude}; tests attached to selected nodes are added according to the
 * indirect selection mode; finally only the requested resource types are kept. An instance indexes
 * the graph once and can answer many selections; it is not safe for concurrent use.
 */
public final class NodeSelector {
    private static final Logger LOG = LoggerFactory.getLogger(NodeSelector.class);

    private final IndexedGraph graph;
    private final SelectionContext context;
    private final NodeMethods nodeMethods;
    private final StateMethods stateMethods;

    public NodeSelector(SelectionGraph graph, SelectionContext context) {
        this.graph = new IndexedGraph(requireNonNull(graph, "graph is null"));
        this.context = requireNonNull(context, "context is null");
        this.nodeMethods = new NodeMethods(this.graph, context.projectRoot());
        this.stateMethods = new StateMethods(this.graph, context.previousState());
    }

    /** Selects with no selectors.yml, previous state or project directory. */
    public static Set<String> select(SelectionGraph graph, SelectionCriteria criteria) {
        return new NodeSelector(graph, SelectionContext.empty()).select(criteria).selected();
    }

    /** Resolves the criteria to a spec ({@code --selector}, the default selector, or flags). */
    public SelectorSpec specFor(SelectionCriteria criteria) {
        SpecParser parser = parser(criteria.indirectSelection());
        if (criteria.selector().isPresent()) {
            return context.selectors().parse(criteria.selector().get(), parser);
        }
        Optional<String> fallback = defaultSelectorFor(criteria);
        if (fallback.isPresent()) {
            return context.selectors().parse(fallback.get(), parser);
        }
        return parser.parseCommandLine(criteria.select(), criteria.exclude());
    }

    public SelectionResult select(SelectionCriteria criteria) {
        SelectorSpec spec = specFor(criteria);
        Optional<String> fallback = defaultSelectorFor(criteria);
        fallback.ifPresent(name -> LOG.debug("Using default selector {}", name));
        Evaluation evaluation = new Evaluation(criteria);
        criteria.selector().or(() -> fallback).ifPresent(evaluation.selectorsInProgress::push);
        BitSet selected = evaluation.selected(spec);
        Set<String> ids = new TreeSet<>(graph.ids(selected));
        return new SelectionResult(ids, evaluation.unmatched, fallback);
    }

    private Optional<String> defaultSelectorFor(SelectionCriteria criteria) {
        boolean nothingGiven = criteria.selector().isEmpty() && criteria.select().isEmpty()
                && criteria.exclude().isEmpty();
        return nothingGiven ? context.selectors().defaultSelector() : Optional.empty();
    }

    private SpecParser parser(IndirectSelection mode) {
        return new SpecParser(mode, context.projectRoot());
    }

    /** The state of one selection: its criteria, warnings and the selectors being expanded. */
    private final class Evaluation {
        private final SelectionCriteria criteria;
        private final IntPredicate typeFilter;
        private final List<String> unmatched = new ArrayList<>();
        private final Deque<String> selectorsInProgress = new ArrayDeque<>();

        Evaluation(SelectionCriteria criteria) {
            this.criteria = criteria;
            Set<String> types = criteria.resourceTypes();
            Set<String> excluded = criteria.excludeResourceTypes();
            this.typeFilter = index -> {
                String type = graph.node(index).resourceType();
                return (types.isEmpty() || types.contains(type)) && !excluded.contains(type);
            };
        }

        /** dbt's get_selected: the directly selected nodes of the wanted resource types. */
        BitSet selected(SelectorSpec spec) {
            BitSet direct = evaluate(spec).direct();
            BitSet filtered = new BitSet(graph.size());
            direct.stream().filter(typeFilter).forEach(filtered::set);
            return filtered;
        }

        private SelectionOutcome evaluate(SelectorSpec spec) {
            if (spec instanceof SelectorSpec.Method method) {
                return evaluateMethod(method);
            }
            return evaluateCombined((SelectorSpec.Combined) spec);
        }

        private SelectionOutcome evaluateMethod(SelectorSpec.Method spec) {
            BitSet collected = switch (spec.method()) {
                case SELECTOR -> referencedSelectors(spec);
                case STATE, RESULT, SOURCE_STATUS -> stateMethods.search(spec);
                default -> nodeMethods.search(spec);
            };
            BitSet selected = (BitSet) collected.clone();
            if (spec.childrensParents()) {
                selected.or(graph.childrensParents(collected));
            }
            if (spec.parents()) {
                selected.or(graph.ancestors(collected, spec.parentsDepth()));
            }
            if (spec.children()) {
                selected.or(graph.descendants(collected, spec.childrenDepth()));
            }
            // A referenced selector already applied its own test selection and exclusions.
            if (spec.indirectSelection() == IndirectSelection.EMPTY
                    || spec.method() == MethodName.SELECTOR) {
                return new SelectionOutcome(selected, new BitSet());
            }
            return IndirectTests.expand(graph, selected, spec.indirectSelection());
        }

        private BitSet referencedSelectors(SelectorSpec.Method spec) {
            List<String> names = context.selectors().matching(spec.value());
            if (names.isEmpty()) {
                throw new DvtException(ErrorCode.SELECTION, "Selector '" + spec.value()
                        + "' in '" + spec.raw() + "' matches no selector in selectors.yml"
                        + (context.selectors().names().isEmpty() ? ""
                                : "; available selectors: "
                                        + String.join(", ", context.selectors().names())));
            }
            BitSet result = new BitSet(graph.size());
            for (String name : names) {
                if (selectorsInProgress.contains(name)) {
                    List<String> cycle = new ArrayList<>(selectorsInProgress);
                    Collections.reverse(cycle);
                    cycle.add(name);
                    throw new DvtException(ErrorCode.SELECTION,
                            "Circular reference between selectors: " + String.join(" -> ", cycle));
                }
                selectorsInProgress.push(name);
                try {
                    result.or(selected(context.selectors().parse(name,
                            parser(criteria.indirectSelection()))));
                } finally {
                    selectorsInProgress.pop();
                }
            }
            return result;
        }

        private SelectionOutcome evaluateCombined(SelectorSpec.Combined spec) {
            List<BitSet> directSets = new ArrayList<>();
            List<BitSet> indirectSets = new ArrayList<>();
            for (SelectorSpec part : spec.parts()) {
                SelectionOutcome outcome = evaluate(part);
                directSets.add(outcome.direct());
                BitSet all = (BitSet) outcome.direct().clone();
                all.or(outcome.indirect());
                indirectSets.add(all);
            }
            BitSet direct = combine(spec.operator(), directSets);
            BitSet indirect = combine(spec.operator(), indirectSets);
            direct = IndirectTests.incorporate(graph, direct, indirect, spec.indirectSelection());
            if (spec.warnIfEmpty() && direct.isEmpty()) {
                unmatched.add(spec.toString());
            }
            return new SelectionOutcome(direct, indirect);
        }
    }

    private BitSet combine(SelectorSpec.Operator operator, List<BitSet> sets) {
        if (sets.isEmpty()) {
            return new BitSet();
        }
        BitSet result = (BitSet) sets.get(0).clone();
        for (BitSet set : sets.subList(1, sets.size())) {
            switch (operator) {
                case UNION -> result.or(set);
                case INTERSECTION -> result.and(set);
                case DIFFERENCE -> result.andNot(set);
            }
        }
        return result;
    }
}
