package dev.dvt.core.select;

import static dev.dvt.core.select.TestingSelectionGraph.shortNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndirectSelectionTest {
    private final SimpleSelectionGraph graph = TestingSelectionGraph.jaffle();

    private Set<String> select(IndirectSelection mode, String... specs) {
        return shortNames(NodeSelector.select(graph,
                SelectionCriteria.select(specs).withIndirectSelection(mode)));
    }

    @Test
    void eagerTakesEveryTestOfASelectedNode() {
        assertThat(select(IndirectSelection.EAGER, "orders")).containsExactly(
                "assert_positive_totals", "orders", "orders.test_orders_logic",
                "relationships_orders_customer_id");
    }

    @Test
    void cautiousTakesOnlyTestsWhoseParentsAreAllSelected() {
        assertThat(select(IndirectSelection.CAUTIOUS, "orders")).containsExactly(
                "assert_positive_totals", "orders", "orders.test_orders_logic");
        assertThat(select(IndirectSelection.CAUTIOUS, "orders customers")).containsExactly(
                "assert_positive_totals", "customers", "orders", "orders.test_orders_logic",
                "relationships_orders_customer_id", "unique_customers_customer_id");
    }

    @Test
    void buildableAlsoAcceptsParentsUpstreamOfTheSelection() {
        // customers is an ancestor of dim_customers, so the relationships test on orders and
        // customers can be built once orders is selected alongside.
        assertThat(select(IndirectSelection.BUILDABLE, "orders")).containsExactly(
                "assert_positive_totals", "orders", "orders.test_orders_logic");
        assertThat(select(IndirectSelection.BUILDABLE, "orders dim_customers")).contains(
                "relationships_orders_customer_id");
        assertThat(select(IndirectSelection.CAUTIOUS, "orders dim_customers")).doesNotContain(
                "relationships_orders_customer_id");
    }

    @Test
    void buildableTreatsSourcesAsAvailable() {
        assertThat(select(IndirectSelection.BUILDABLE, "source:raw.orders"))
                .containsExactly("raw.orders", "source_not_null_raw_orders_id");
    }

    @Test
    void emptyTakesNoTests() {
        assertThat(select(IndirectSelection.EMPTY, "orders")).containsExactly("orders");
    }

    @Test
    void excludingANodeExcludesItsTestsEagerly() {
        assertThat(shortNames(NodeSelector.select(graph, SelectionCriteria.select("marts")
                .withExclude(List.of("orders"))))).containsExactly("customers",
                "dim_customers.v1", "dim_customers.v2", "dim_customers.v3",
                "unique_customers_customer_id");
    }

    @Test
    void directlySelectedTestsStayWhateverTheMode() {
        assertThat(select(IndirectSelection.EMPTY, "test_type:singular"))
                .containsExactly("assert_positive_totals");
    }

    @Test
    void invalidModeIsRejected() {
        assertThatThrownBy(() -> IndirectSelection.parse("lazy"))
                .hasMessageContaining("eager, cautious, buildable, empty");
    }
}
