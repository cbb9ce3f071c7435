package dev.dvt.core.select;

import static dev.dvt.core.select.TestingSelectionGraph.shortNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per selection method, with indirect test selection off to see the method alone. */
class SelectionMethodsTest {
    private final SimpleSelectionGraph graph = TestingSelectionGraph.jaffle();

    private Set<String> select(String... specs) {
        return shortNames(NodeSelector.select(graph, SelectionCriteria.select(specs)
                .withIndirectSelection(IndirectSelection.EMPTY)));
    }

    @Test
    void fqnByNameFolderPackageAndWildcard() {
        assertThat(select("orders")).containsExactly("orders");
        assertThat(select("fqn:orders")).containsExactly("orders");
        // Generic tests defined in the folder's YAML share its fqn prefix, as in dbt.
        assertThat(select("staging")).containsExactly("not_null_stg_orders_order_id",
                "source_not_null_raw_orders_id", "stg_customers", "stg_orders");
        assertThat(select("jaffle.staging.stg_orders")).containsExactly("stg_orders");
        assertThat(select("staging.stg_orders")).containsExactly("stg_orders");
        assertThat(select("staging.stg_*")).containsExactly("stg_customers", "stg_orders");
        assertThat(select("marts.cust*")).containsExactly("customers");
        // A wildcard part matches the rest of the fqn, so a bare name pattern needs a prefix.
        assertThat(select("stg_?rders")).isEmpty();
        assertThat(select("*.stg_?rders")).containsExactly("stg_orders");
        assertThat(select("staging.stg_[co]*")).containsExactly("stg_customers", "stg_orders");
        assertThat(select("staging.stg_[!c]*")).containsExactly("stg_orders");
        assertThat(select("utils")).containsExactly("util_dates");
        assertThat(select("utils.*")).containsExactly("util_dates");
        assertThat(select("nothing_here")).isEmpty();
    }

    @Test
    void fqnNeverSelectsSources() {
        assertThat(select("fqn:*")).doesNotContain("raw.orders", "raw.customers", "ext.calendar")
                .contains("orders", "weekly_report", "revenue", "orders.test_orders_logic");
    }

    @Test
    void fqnSelectsVersionedModels() {
        assertThat(select("dim_customers"))
                .containsExactly("dim_customers.v1", "dim_customers.v2", "dim_customers.v3");
        assertThat(select("dim_customers.v2")).containsExactly("dim_customers.v2");
        assertThat(select("dim_customers_v1")).containsExactly("dim_customers.v1");
        assertThat(select("marts.dim_customers.v3")).containsExactly("dim_customers.v3");
    }

    @Test
    void tag() {
        assertThat(select("tag:nightly")).containsExactly("customers", "stg_orders");
        assertThat(select("tag:fin*")).containsExactly("customers", "weekly_report");
        assertThat(select("tag:pii")).containsExactly("raw.customers");
    }

    @Test
    void pathByDirectoryFileAndWildcard() {
        assertThat(select("path:models/staging"))
                .containsExactlyInAnyOrder("raw.customers", "raw.orders",
                        "source_not_null_raw_orders_id", "stg_customers", "stg_orders",
                        "not_null_stg_orders_order_id");
        assertThat(select("models/marts/orders.sql")).containsExactly("orders");
        assertThat(select("path:./models/marts/orders.sql")).containsExactly("orders");
        assertThat(select("path:models/marts/dim_*.sql"))
                .containsExactly("dim_customers.v1", "dim_customers.v2", "dim_customers.v3");
        assertThat(select("path:models/*/stg_orders.sql")).containsExactly("stg_orders");
        assertThat(select("path:models/**/orders.sql")).containsExactly("orders");
        assertThat(select("path:seeds/")).containsExactly("payment_methods");
        assertThat(select("path:mod")).isEmpty();
    }

    @Test
    void pathMatchesTheDocumentingYamlFile() {
        assertThat(select("path:models/staging/schema.yml"))
                .containsExactly("not_null_stg_orders_order_id", "stg_customers", "stg_orders");
    }

    @Test
    void bareWordNamingAProjectDirectoryIsAPath(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path root) throws Exception {
        java.nio.file.Files.createDirectories(root.resolve("seeds"));
        NodeSelector selector = new NodeSelector(graph, SelectionContext.empty()
                .withProjectRoot(root));
        assertThat(shortNames(selector.select(SelectionCriteria.select("seeds")
                .withIndirectSelection(IndirectSelection.EMPTY)).selected()))
                .containsExactly("payment_methods");
        assertThat(shortNames(selector.select(SelectionCriteria.select(
                root.resolve("seeds").toString())).selected())).containsExactly("payment_methods");
    }

    @Test
    void fileWithAndWithoutExtension() {
        assertThat(select("file:orders.sql")).containsExactly("orders");
        assertThat(select("file:orders")).containsExactly("orders");
        assertThat(select("orders_snapshot.sql")).containsExactly("orders_snapshot");
        assertThat(select("payment_methods.csv")).containsExactly("payment_methods");
        assertThat(select("file:dim_customers_v*")).hasSize(3);
    }

    @Test
    void packageWithThisForTheRootProject() {
        assertThat(select("package:utils")).containsExactly("ext.calendar", "util_dates");
        assertThat(select("package:this")).hasSize(20).doesNotContain("util_dates");
        assertThat(select("package:jaff*")).hasSize(20);
    }

    @Test
    void configValuesNestedKeysListsAndBooleans() {
        assertThat(select("config.materialized:view")).containsExactly("stg_customers", "stg_orders");
        assertThat(select("config.materialized:incremental")).containsExactly("orders");
        assertThat(select("config.meta.owner:alice")).containsExactly("stg_orders");
        assertThat(select("config.grants.select:analyst")).containsExactly("customers");
        assertThat(select("config.enabled:true")).containsExactly("orders");
        assertThat(select("config.enabled:TRUE")).containsExactly("orders");
        assertThat(select("config.enabled:false")).isEmpty();
        assertThat(select("config.severity:error")).containsExactly("unique_customers_customer_id");
        assertThat(select("config.severity:WARN")).containsExactly("not_null_stg_orders_order_id");
        assertThat(select("config.on_schema_change:FAIL")).isEmpty();
        assertThat(select("config.group:finance")).containsExactly("customers");
    }

    @Test
    void resourceType() {
        assertThat(select("resource_type:seed")).containsExactly("payment_methods");
        assertThat(select("resource_type:source")).hasSize(3);
        assertThat(select("resource_type:unit_test")).containsExactly("orders.test_orders_logic");
        assertThatThrownBy(() -> select("resource_type:table"))
                .isInstanceOf(DvtException.class)
                .hasMessageContaining("Invalid resource_type selector 'table'")
                .hasMessageContaining("model, ");
    }

    @Test
    void source() {
        assertThat(select("source:raw")).containsExactly("raw.customers", "raw.orders");
        assertThat(select("source:raw.orders")).containsExactly("raw.orders");
        assertThat(select("source:raw.cust*")).containsExactly("raw.customers");
        assertThat(select("source:*")).hasSize(3);
        assertThat(select("source:utils.ext.calendar")).containsExactly("ext.calendar");
        assertThat(select("source:jaffle.ext.calendar")).isEmpty();
        assertThatThrownBy(() -> select("source:a.b.c.d"))
                .hasMessageContaining("source:SOURCE.TABLE");
    }

    @Test
    void exposureMetricAndUnitTestByName() {
        assertThat(select("exposure:weekly_report")).containsExactly("weekly_report");
        assertThat(select("exposure:jaffle.weekly_*")).containsExactly("weekly_report");
        assertThat(select("exposure:*")).containsExactly("weekly_report");
        assertThat(select("metric:revenue")).containsExactly("revenue");
        assertThat(select("unit_test:test_orders_logic")).containsExactly("orders.test_orders_logic");
        assertThat(select("semantic_model:*")).isEmpty();
        assertThat(select("saved_query:*")).isEmpty();
        assertThatThrownBy(() -> select("metric:a.b.c")).hasMessageContaining("metric:PACKAGE.NAME");
    }

    @Test
    void groupCoversModelsAndMetrics() {
        assertThat(select("group:finance")).containsExactly("customers", "revenue");
        assertThat(select("group:fin*")).containsExactly("customers", "revenue");
    }

    @Test
    void access() {
        assertThat(select("access:public"))
                .containsExactly("customers", "dim_customers.v1", "dim_customers.v2",
                        "dim_customers.v3");
        assertThat(select("access:protected")).containsExactly("orders");
        assertThat(select("access:private")).isEmpty();
    }

    @Test
    void version() {
        assertThat(select("version:latest")).containsExactly("dim_customers.v2");
        assertThat(select("version:old")).containsExactly("dim_customers.v1");
        assertThat(select("version:prerelease")).containsExactly("dim_customers.v3");
        assertThat(select("version:none")).contains("orders", "util_dates")
                .doesNotContain("dim_customers.v1");
        assertThatThrownBy(() -> select("version:newest")).hasMessageContaining("latest");
        assertThat(NodeMethods.compareVersions("10", "9")).isPositive();
        assertThat(NodeMethods.compareVersions("a", "b")).isNegative();
    }

    @Test
    void testName() {
        assertThat(select("test_name:not_null"))
                .containsExactly("not_null_stg_orders_order_id", "source_not_null_raw_orders_id");
        assertThat(select("test_name:relationships"))
                .containsExactly("relationships_orders_customer_id");
        assertThat(select("test_name:test_orders_*")).containsExactly("orders.test_orders_logic");
    }

    @Test
    void testTypeIncludingLegacyNames() {
        assertThat(select("test_type:singular")).containsExactly("assert_positive_totals");
        assertThat(select("test_type:generic")).hasSize(4);
        assertThat(select("test_type:schema")).hasSize(4);
        assertThat(select("test_type:data")).hasSize(5);
        assertThat(select("test_type:unit")).containsExactly("orders.test_orders_logic");
        assertThatThrownBy(() -> select("test_type:integration"))
                .hasMessageContaining("expected generic, singular, unit or data");
    }

    @Test
    void unknownMethodNamesTheSpecAndListsValidMethods() {
        assertThatThrownBy(() -> select("colour:red"))
                .isInstanceOfSatisfying(DvtException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SELECTION))
                .hasMessageContaining("'colour' in selector 'colour:red' is not a valid method")
                .hasMessageContaining("fqn, tag, group")
                .hasMessageContaining("source_status");
    }
}
