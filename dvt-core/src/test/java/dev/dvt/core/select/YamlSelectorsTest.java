package dev.dvt.core.select;

import static dev.dvt.core.select.TestingSelectionGraph.shortNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class YamlSelectorsTest {
    private final SimpleSelectionGraph graph = TestingSelectionGraph.jaffle();

    private static Map<String, Object> selector(String name, Object definition) {
        Map<String, Object> selector = new LinkedHashMap<>();
        selector.put("name", name);
        selector.put("definition", definition);
        return selector;
    }

    private static YamlSelectors file(Map<?, ?>... selectors) {
        return YamlSelectors.fromYaml(Map.of("selectors", List.of(selectors)),
                Path.of("selectors.yml"));
    }

    private Set<String> run(YamlSelectors selectors, String name) {
        return run(selectors, SelectionCriteria.all().withSelector(name));
    }

    private Set<String> run(YamlSelectors selectors, SelectionCriteria criteria) {
        return shortNames(new NodeSelector(graph, SelectionContext.empty().withSelectors(selectors))
                .select(criteria).selected());
    }

    @Test
    void stringDefinitionIsOneSpec() {
        assertThat(run(file(selector("snap", "orders_snapshot")), "snap"))
                .containsExactly("orders_snapshot");
    }

    @Test
    void unionWithExclude() {
        YamlSelectors selectors = file(selector("nightly", Map.of("union", List.of(
                "tag:nightly",
                Map.of("method", "fqn", "value", "orders"),
                Map.of("exclude", List.of("stg_orders", Map.of("tag", "finance")))))));
        // Excluding stg_orders also excludes its tests (eager indirect selection).
        assertThat(run(selectors, "nightly")).containsExactly("assert_positive_totals",
                "orders", "orders.test_orders_logic");
    }

    @Test
    void intersectionOfMethodDicts() {
        YamlSelectors selectors = file(selector("staging_views", Map.of("intersection", List.of(
                Map.of("method", "path", "value", "models/staging"),
                Map.of("config.materialized", "view"),
                Map.of("method", "tag", "value", "nightly", "indirect_selection", "empty")))));
        assertThat(run(selectors, "staging_views")).containsExactly("stg_orders");
    }

    @Test
    void methodDictGraphOperators() {
        YamlSelectors selectors = file(
                selector("up", Map.of("method", "fqn", "value", "customers", "parents", true,
                        "parents_depth", 1, "indirect_selection", "empty")),
                selector("down", Map.of("method", "fqn", "value", "payment_methods",
                        "children", true, "children_depth", 1, "indirect_selection", "empty")),
                selector("at", Map.of("method", "fqn", "value", "payment_methods",
                        "childrens_parents", "true", "indirect_selection", "empty")));
        assertThat(run(selectors, "up")).containsExactly("customers", "stg_customers",
                "stg_orders");
        assertThat(run(selectors, "down")).containsExactly("orders", "payment_methods");
        assertThat(run(selectors, "at")).contains("raw.customers", "weekly_report",
                "relationships_orders_customer_id").doesNotContain("dim_customers.v1");
    }

    @Test
    void perSpecIndirectSelectionOverridesTheFlag() {
        YamlSelectors selectors = file(
                selector("cautious", Map.of("method", "fqn", "value", "orders",
                        "indirect_selection", "cautious")));
        assertThat(run(selectors, "cautious")).containsExactly("assert_positive_totals",
                "orders", "orders.test_orders_logic");
    }

    @Test
    void methodDictWithExclude() {
        YamlSelectors selectors = file(selector("marts", Map.of("method", "path",
                "value", "models/marts", "exclude", List.of("tag:nightly", "dim_customers"))));
        assertThat(run(selectors, "marts")).containsExactly("assert_positive_totals", "orders",
                "orders.test_orders_logic", "revenue");
    }

    @Test
    void selectorReferencesAnotherSelector() {
        YamlSelectors selectors = file(
                selector("staging", "path:models/staging"),
                selector("staging_plus", Map.of("union", List.of(
                        Map.of("method", "selector", "value", "staging", "children", true,
                                "children_depth", 1),
                        "selector:stagin?"))));
        assertThat(run(selectors, "staging_plus")).contains("customers", "orders",
                "orders_snapshot", "stg_orders").doesNotContain("dim_customers.v1");
        assertThat(run(selectors, SelectionCriteria.select("selector:staging")
                .withIndirectSelection(IndirectSelection.EMPTY)))
                .contains("stg_orders", "raw.orders");
    }

    @Test
    void circularReferencesFail() {
        YamlSelectors selectors = file(selector("a", "selector:b"), selector("b",
                Map.of("union", List.of("orders", "selector:a"))));
        assertThatThrownBy(() -> run(selectors, "a"))
                .isInstanceOfSatisfying(DvtException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SELECTION))
                .hasMessageContaining("Circular reference between selectors: a -> b -> a");
    }

    @Test
    void referenceToMissingSelectorFails() {
        assertThatThrownBy(() -> run(file(selector("a", "selector:zzz")), "a"))
                .hasMessageContaining("'zzz'").hasMessageContaining("available selectors: a");
    }

    @Test
    void defaultSelectorAppliesOnlyWhenNothingIsSelected() {
        Map<String, Object> nightly = selector("nightly", "tag:nightly");
        nightly.put("default", true);
        YamlSelectors selectors = file(selector("other", "orders"), nightly);
        assertThat(selectors.defaultSelector()).contains("nightly");
        NodeSelector selector = new NodeSelector(graph,
                SelectionContext.empty().withSelectors(selectors));
        SelectionResult result = selector.select(SelectionCriteria.all());
        assertThat(result.defaultSelector()).contains("nightly");
        assertThat(shortNames(result.selected())).containsExactly("customers",
                "not_null_stg_orders_order_id", "relationships_orders_customer_id", "stg_orders",
                "unique_customers_customer_id");
        assertThat(shortNames(selector.select(SelectionCriteria.select("orders")
                .withIndirectSelection(IndirectSelection.EMPTY)).selected()))
                .containsExactly("orders");
        assertThat(selector.select(SelectionCriteria.all().withExclude(List.of("orders")))
                .defaultSelector()).isEmpty();
        assertThat(shortNames(selector.select(SelectionCriteria.all().withSelector("other"))
                .selected())).contains("orders");
    }

    @Test
    void unknownSelectorListsTheNames() {
        assertThatThrownBy(() -> run(file(selector("one", "orders"), selector("two", "customers")),
                "three"))
                .isInstanceOfSatisfying(DvtException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SELECTION))
                .hasMessage("Could not find selector named 'three'. Available selectors: one, two");
    }

    @Test
    void malformedFilesAreRejectedWhenLoaded() {
        Map<String, Object> first = selector("a", "orders");
        first.put("default", true);
        Map<String, Object> second = selector("b", "customers");
        second.put("default", true);
        assertThatThrownBy(() -> file(first, second))
                .isInstanceOfSatisfying(DvtException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
                    assertThat(e.file()).contains(Path.of("selectors.yml"));
                })
                .hasMessageContaining("'a' and 'b'");
        assertThatThrownBy(() -> file(selector("x", Map.of("union", List.of("a",
                Map.of("exclude", List.of("b")), Map.of("exclude", List.of("c")))))))
                .hasMessageContaining("only one 'exclude'");
        assertThatThrownBy(() -> file(selector("x", Map.of("union", List.of("a"),
                "intersection", List.of("b")))))
                .hasMessageContaining("single 'union' or 'intersection'");
        assertThatThrownBy(() -> file(selector("x", Map.of("method", "tag", "value", "a",
                "child", true)))).hasMessageContaining("unknown key 'child'");
        assertThatThrownBy(() -> file(selector("x", Map.of("method", "colour", "value", "red"))))
                .hasMessageContaining("'colour'").hasMessageContaining("Valid methods");
        assertThatThrownBy(() -> file(selector("x", Map.of("union", "orders"))))
                .hasMessageContaining("must be a list");
        assertThatThrownBy(() -> file(selector("x", "a"), selector("x", "b")))
                .hasMessageContaining("defined twice");
        assertThatThrownBy(() -> YamlSelectors.fromYaml(List.of(), null))
                .hasMessageContaining("'selectors:' list");
    }
}
