package dev.dvt.core.select;

import static dev.dvt.core.select.TestingSelectionGraph.shortNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StateSelectionTest {
    private static final StateFingerprint SAME = new StateFingerprint("", "", "", "", "", "");

    /** The previous run: every fixture node unchanged, except as the test says. */
    private record Previous(Map<String, StateFingerprint> nodes, Set<String> modifiedMacros,
            Optional<Map<String, String>> results, Optional<FreshnessSnapshot> previousFreshness,
            Optional<FreshnessSnapshot> currentFreshness) implements PreviousState {
        @Override
        public boolean hasManifest() {
            return true;
        }

        @Override
        public Optional<StateFingerprint> previousNode(String uniqueId) {
            return Optional.ofNullable(nodes.get(uniqueId));
        }
    }

    private static Map<String, StateFingerprint> unchanged() {
        Map<String, StateFingerprint> nodes = new HashMap<>();
        TestingSelectionGraph.nodes().forEach(node -> nodes.put(node.uniqueId(), SAME));
        return nodes;
    }

    private static Set<String> select(PreviousState state, String spec) {
        return shortNames(new NodeSelector(TestingSelectionGraph.jaffle(),
                SelectionContext.empty().withPreviousState(state))
                .select(SelectionCriteria.select(spec)
                        .withIndirectSelection(IndirectSelection.EMPTY)).selected());
    }

    @Test
    void newOldModifiedAndUnmodified() {
        Map<String, StateFingerprint> nodes = unchanged();
        nodes.remove(TestingSelectionGraph.REVENUE_ANALYSIS);
        nodes.put(TestingSelectionGraph.ORDERS, new StateFingerprint("old sql", "", "", "", "", ""));
        nodes.put(TestingSelectionGraph.CUSTOMERS, new StateFingerprint("", "{old}", "", "", "", ""));
        nodes.put(TestingSelectionGraph.STG_CUSTOMERS,
                new StateFingerprint("", "", "old_schema", "", "", ""));
        nodes.put(TestingSelectionGraph.DIM_V2, new StateFingerprint("", "", "", "", "abc", ""));
        nodes.put(TestingSelectionGraph.PAYMENT_METHODS,
                new StateFingerprint("", "", "", "old docs", "", ""));
        nodes.put(TestingSelectionGraph.WEEKLY_REPORT,
                new StateFingerprint("", "", "", "", "", "old owner"));
        Previous state = new Previous(nodes, Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty());

        assertThat(select(state, "state:new")).containsExactly("revenue_analysis");
        assertThat(select(state, "state:old")).hasSize(21);
        assertThat(select(state, "state:modified")).containsExactly("customers",
                "dim_customers.v2", "orders", "payment_methods", "revenue_analysis",
                "stg_customers", "weekly_report");
        assertThat(select(state, "state:unmodified")).hasSize(15).doesNotContain("orders");
        assertThat(select(state, "state:modified.body")).containsExactly("orders",
                "revenue_analysis");
        assertThat(select(state, "state:modified.configs")).containsExactly("customers",
                "revenue_analysis");
        assertThat(select(state, "state:modified.relation")).containsExactly("revenue_analysis",
                "stg_customers");
        assertThat(select(state, "state:modified.persisted_descriptions"))
                .containsExactly("payment_methods", "revenue_analysis");
        assertThat(select(state, "state:modified.contract")).containsExactly("dim_customers.v2",
                "revenue_analysis");
        assertThat(select(state, "state:modified+")).contains("assert_positive_totals",
                "dim_customers.v1");
    }

    @Test
    void aspectsThatDoNotApplyAreNeverModified() {
        SimpleSelectableNode source = SimpleSelectableNode.builder("source.p.raw.t")
                .fingerprint(new StateFingerprint(null, "cfg", null, null, null, "x")).build();
        Previous state = new Previous(Map.of(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty());
        NodeSelector selector = new NodeSelector(new SimpleSelectionGraph("p",
                java.util.List.of(source)), SelectionContext.empty().withPreviousState(state));
        assertThat(selector.select(SelectionCriteria.select("state:modified.body")).selected())
                .isEmpty();
        assertThat(selector.select(SelectionCriteria.select("state:modified.configs"))
                .selected()).containsExactly("source.p.raw.t");
    }

    @Test
    void modifiedMacrosAreFollowedThroughMacroCalls() {
        Previous state = new Previous(unchanged(), Set.of("macro.jaffle.round_money"),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(select(state, "state:modified.macros")).containsExactly("stg_orders");
        assertThat(select(state, "state:modified")).containsExactly("stg_orders");
        Previous untouched = new Previous(unchanged(), Set.of("macro.jaffle.other"),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(select(untouched, "state:modified.macros")).isEmpty();
    }

    @Test
    void resultStatusFromPreviousRunResults() {
        Previous state = new Previous(unchanged(), Set.of(), Optional.of(Map.of(
                TestingSelectionGraph.ORDERS, "error",
                TestingSelectionGraph.RELATIONSHIPS, "fail",
                TestingSelectionGraph.CUSTOMERS, "success",
                "model.jaffle.deleted", "error")), Optional.empty(), Optional.empty());
        assertThat(select(state, "result:error")).containsExactly("orders");
        assertThat(select(state, "result:fail")).containsExactly("relationships_orders_customer_id");
        assertThat(select(state, "result:error+")).contains("orders", "weekly_report", "revenue");
    }

    @Test
    void sourceStatusFresher() {
        Instant before = Instant.parse("2024-01-01T00:00:00Z");
        Instant after = Instant.parse("2024-01-02T00:00:00Z");
        FreshnessSnapshot previous = new FreshnessSnapshot(Map.of(
                TestingSelectionGraph.RAW_ORDERS, before,
                TestingSelectionGraph.RAW_CUSTOMERS, after), Set.of());
        FreshnessSnapshot current = new FreshnessSnapshot(Map.of(
                TestingSelectionGraph.RAW_ORDERS, after,
                TestingSelectionGraph.RAW_CUSTOMERS, after,
                TestingSelectionGraph.EXT_CALENDAR, after), Set.of(TestingSelectionGraph.EXT_CALENDAR));
        Previous state = new Previous(unchanged(), Set.of(), Optional.empty(),
                Optional.of(previous), Optional.of(current));
        assertThat(select(state, "source_status:fresher")).containsExactly("raw.orders");
        assertThat(select(state, "source_status:fresher+")).contains("stg_orders", "orders");
        assertThatThrownBy(() -> select(state, "source_status:stale"))
                .hasMessageContaining("only status is 'fresher'");
    }

    @Test
    void stateMethodsNeedPreviousState() {
        assertThatThrownBy(() -> NodeSelector.select(TestingSelectionGraph.jaffle(),
                SelectionCriteria.select("state:modified+")))
                .hasMessageContaining("'state:modified+'").hasMessageContaining("--state");
        Previous noResults = new Previous(unchanged(), Set.of(), Optional.empty(),
                Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> select(noResults, "result:error"))
                .hasMessageContaining("run_results.json");
        assertThatThrownBy(() -> select(noResults, "source_status:fresher"))
                .hasMessageContaining("sources.json");
        assertThatThrownBy(() -> select(noResults, "state:changed"))
                .hasMessageContaining("Invalid state selector").hasMessageContaining("modified.body");
    }
}
