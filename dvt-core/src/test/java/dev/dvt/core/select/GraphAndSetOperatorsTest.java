package dev.dvt.core.select;

import static dev.dvt.core.select.TestingSelectionGraph.shortNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphAndSetOperatorsTest {
    private final SimpleSelectionGraph graph = TestingSelectionGraph.jaffle();

    private Set<String> select(String... specs) {
        return select(SelectionCriteria.select(specs).withIndirectSelection(IndirectSelection.EMPTY));
    }

    private Set<String> select(SelectionCriteria criteria) {
        return shortNames(NodeSelector.select(graph, criteria));
    }

    @Test
    void ancestors() {
        assertThat(select("+customers")).containsExactly("customers", "raw.customers",
                "raw.orders", "stg_customers", "stg_orders");
        assertThat(select("1+customers")).containsExactly("customers", "stg_customers",
                "stg_orders");
        assertThat(select("2+orders")).containsExactly("orders", "payment_methods", "raw.orders",
                "stg_orders");
    }

    @Test
    void descendants() {
        assertThat(select("stg_orders+1")).containsExactly("customers",
                "not_null_stg_orders_order_id", "orders", "orders_snapshot", "stg_orders");
        assertThat(select("orders+")).containsExactly("assert_positive_totals", "orders",
                "orders.test_orders_logic", "relationships_orders_customer_id", "revenue",
                "revenue_analysis", "weekly_report");
        assertThat(select("source:raw.customers+")).containsExactly("customers",
                "dim_customers.v1", "dim_customers.v2", "dim_customers.v3", "raw.customers",
                "relationships_orders_customer_id", "stg_customers",
                "unique_customers_customer_id", "weekly_report");
    }

    @Test
    void ancestorsAndDescendants() {
        assertThat(select("+stg_customers+")).containsExactly("customers", "dim_customers.v1",
                "dim_customers.v2", "dim_customers.v3", "raw.customers",
                "relationships_orders_customer_id", "stg_customers",
                "unique_customers_customer_id", "weekly_report");
        assertThat(select("1+stg_customers+1")).containsExactly("customers", "raw.customers",
                "stg_customers");
    }

    @Test
    void childrensParentsTakesEverythingTheDescendantsNeed() {
        assertThat(select("@payment_methods")).containsExactly("assert_positive_totals",
                "customers", "orders", "orders.test_orders_logic", "payment_methods",
                "raw.customers", "raw.orders", "relationships_orders_customer_id", "revenue",
                "revenue_analysis", "stg_customers", "stg_orders", "weekly_report");
    }

    @Test
    void childrensParentsCannotHaveATrailingPlus() {
        assertThatThrownBy(() -> select("@orders+"))
                .hasMessageContaining("'@orders+'")
                .hasMessageContaining("cannot be combined");
    }

    @Test
    void spaceAndRepeatedValuesAreUnions() {
        assertThat(select("orders customers")).containsExactly("customers", "orders");
        assertThat(select("orders", "customers  stg_orders"))
                .containsExactly("customers", "orders", "stg_orders");
    }

    @Test
    void commaIsIntersection() {
        assertThat(select("tag:nightly,path:models/marts")).containsExactly("customers");
        assertThat(select("+customers,resource_type:source"))
                .containsExactly("raw.customers", "raw.orders");
        assertThat(select("tag:nightly,tag:staging,config.materialized:view"))
                .containsExactly("stg_orders");
    }

    @Test
    void excludeIsDifference() {
        assertThat(select(SelectionCriteria.select("+customers")
                .withIndirectSelection(IndirectSelection.EMPTY)
                .withExclude(List.of("resource_type:source stg_orders"))))
                .containsExactly("customers", "stg_customers");
    }

    @Test
    void defaultSelectionIsEverythingOfTheCommandsTypes() {
        assertThat(select(SelectionCriteria.all())).hasSize(22);
        assertThat(select(SelectionCriteria.all().withResourceTypes(Set.of("model", "seed"))))
                .containsExactly("customers", "dim_customers.v1", "dim_customers.v2",
                        "dim_customers.v3", "orders", "payment_methods", "stg_customers",
                        "stg_orders", "util_dates");
        assertThat(select(SelectionCriteria.all().withExcludeResourceTypes(
                Set.of("test", "unit_test", "source")))).hasSize(13);
        assertThat(select(SelectionCriteria.all().withExclude(List.of("package:utils"))))
                .hasSize(20);
    }

    @Test
    void resourceTypesFilterAnExplicitSelection() {
        assertThat(select(SelectionCriteria.select("+orders+")
                .withResourceTypes(Set.of("test", "unit_test"))))
                .containsExactly("assert_positive_totals", "not_null_stg_orders_order_id",
                        "orders.test_orders_logic", "relationships_orders_customer_id",
                        "source_not_null_raw_orders_id");
    }

    @Test
    void specsThatMatchNothingAreReported() {
        SelectionResult result = new NodeSelector(graph, SelectionContext.empty())
                .select(SelectionCriteria.select("orders nothing tag:none,orders")
                        .withExclude(List.of("ghost")));
        assertThat(result.unmatched()).containsExactly("nothing", "tag:none,orders", "ghost");
        assertThat(shortNames(result.selected())).contains("orders");
    }
}
