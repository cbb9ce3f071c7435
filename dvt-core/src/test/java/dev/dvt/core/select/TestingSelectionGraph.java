package dev.dvt.core.select;

import static dev.dvt.core.select.TestType.GENERIC;
import static dev.dvt.core.select.TestType.SINGULAR;
import static dev.dvt.core.select.TestType.UNIT;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A small project, "jaffle", with a dependency package "utils":
 *
 * <pre>
 * source raw.customers -> stg_customers --\
 * source raw.orders ----> stg_orders -----+-> customers -> dim_customers v1, v2, v3
 *                          |  \-> orders_snapshot        \
 * seed payment_methods ----+-----> orders -----------------+-> exposure weekly_report
 *                                    \-> revenue_analysis, metric revenue
 * utils: source ext.calendar -> util_dates
 * </pre>
 *
 * plus generic, singular and unit tests on them.
 */
final class TestingSelectionGraph {
    static final String STG_CUSTOMERS = "model.jaffle.stg_customers";
    static final String STG_ORDERS = "model.jaffle.stg_orders";
    static final String CUSTOMERS = "model.jaffle.customers";
    static final String ORDERS = "model.jaffle.orders";
    static final String DIM_V1 = "model.jaffle.dim_customers.v1";
    static final String DIM_V2 = "model.jaffle.dim_customers.v2";
    static final String DIM_V3 = "model.jaffle.dim_customers.v3";
    static final String UTIL_DATES = "model.utils.util_dates";
    static final String PAYMENT_METHODS = "seed.jaffle.payment_methods";
    static final String ORDERS_SNAPSHOT = "snapshot.jaffle.orders_snapshot";
    static final String RAW_CUSTOMERS = "source.jaffle.raw.customers";
    static final String RAW_ORDERS = "source.jaffle.raw.orders";
    static final String EXT_CALENDAR = "source.utils.ext.calendar";
    static final String UNIQUE_CUSTOMERS = "test.jaffle.unique_customers_customer_id";
    static final String NOT_NULL_STG_ORDERS = "test.jaffle.not_null_stg_orders_order_id";
    static final String RELATIONSHIPS = "test.jaffle.relationships_orders_customer_id";
    static final String ASSERT_POSITIVE = "test.jaffle.assert_positive_totals";
    static final String SOURCE_NOT_NULL = "test.jaffle.source_not_null_raw_orders_id";
    static final String UNIT_ORDERS = "unit_test.jaffle.orders.test_orders_logic";
    static final String WEEKLY_REPORT = "exposure.jaffle.weekly_report";
    static final String REVENUE_ANALYSIS = "analysis.jaffle.revenue_analysis";
    static final String REVENUE_METRIC = "metric.jaffle.revenue";

    private TestingSelectionGraph() {}

    static SimpleSelectionGraph jaffle() {
        return new SimpleSelectionGraph("jaffle", nodes(),
                Map.of("macro.jaffle.cents_to_dollars", List.of("macro.jaffle.round_money")));
    }

    static List<SimpleSelectableNode> nodes() {
        return List.of(
                model(STG_CUSTOMERS, "staging").path("models/staging/stg_customers.sql")
                        .patchPath("models/staging/schema.yml").tags("staging")
                        .config("materialized", "view").dependsOn(RAW_CUSTOMERS).build(),
                model(STG_ORDERS, "staging").path("models/staging/stg_orders.sql")
                        .patchPath("models/staging/schema.yml").tags("staging", "nightly")
                        .config("materialized", "view").config("meta", Map.of("owner", "alice"))
                        .config("persist_docs", Map.of("relation", true))
                        .macros("macro.jaffle.cents_to_dollars")
                        .dependsOn(RAW_ORDERS).build(),
                model(CUSTOMERS, "marts").path("models/marts/customers.sql")
                        .patchPath("models/marts/schema.yml").tags("nightly", "finance")
                        .config("materialized", "table").config("group", "finance")
                        .config("grants", Map.of("select", List.of("reporter", "analyst")))
                        .access("public").dependsOn(STG_CUSTOMERS, STG_ORDERS).build(),
                model(ORDERS, "marts").path("models/marts/orders.sql")
                        .config("materialized", "incremental").config("enabled", true)
                        .config("on_schema_change", "fail").access("protected")
                        .dependsOn(STG_ORDERS, PAYMENT_METHODS).build(),
                versioned(DIM_V1, "1"),
                versioned(DIM_V2, "2"),
                versioned(DIM_V3, "3"),
                SimpleSelectableNode.builder(UTIL_DATES).fqn("utils", "util_dates")
                        .path("models/util_dates.sql").config("materialized", "ephemeral")
                        .dependsOn(EXT_CALENDAR).build(),
                SimpleSelectableNode.builder(PAYMENT_METHODS).fqn("jaffle", "payment_methods")
                        .path("seeds/payment_methods.csv").build(),
                SimpleSelectableNode.builder(ORDERS_SNAPSHOT).fqn("jaffle", "orders_snapshot")
                        .path("snapshots/orders_snapshot.sql").dependsOn(STG_ORDERS).build(),
                source(RAW_CUSTOMERS).tags("pii").build(),
                source(RAW_ORDERS).build(),
                SimpleSelectableNode.builder(EXT_CALENDAR).path("models/sources.yml").build(),
                test(UNIQUE_CUSTOMERS, GENERIC, "unique", "models/marts/schema.yml")
                        .config("severity", "ERROR").dependsOn(CUSTOMERS).build(),
                test(NOT_NULL_STG_ORDERS, GENERIC, "not_null", "models/staging/schema.yml")
                        .config("severity", "warn").dependsOn(STG_ORDERS).build(),
                test(RELATIONSHIPS, GENERIC, "relationships", "models/marts/schema.yml")
                        .dependsOn(ORDERS, CUSTOMERS).build(),
                test(ASSERT_POSITIVE, SINGULAR, null, "tests/assert_positive_totals.sql")
                        .dependsOn(ORDERS).build(),
                test(SOURCE_NOT_NULL, GENERIC, "not_null", "models/staging/sources.yml")
                        .dependsOn(RAW_ORDERS).build(),
                SimpleSelectableNode.builder(UNIT_ORDERS).name("test_orders_logic")
                        .fqn("jaffle", "marts", "orders", "test_orders_logic")
                        .path("models/marts/schema.yml").test(UNIT, null).dependsOn(ORDERS)
                        .build(),
                SimpleSelectableNode.builder(WEEKLY_REPORT).fqn("jaffle", "weekly_report")
                        .path("models/exposures.yml").tags("finance")
                        .dependsOn(CUSTOMERS, ORDERS).build(),
                SimpleSelectableNode.builder(REVENUE_ANALYSIS).fqn("jaffle", "revenue_analysis")
                        .path("analyses/revenue_analysis.sql").dependsOn(ORDERS).build(),
                SimpleSelectableNode.builder(REVENUE_METRIC).fqn("jaffle", "revenue")
                        .path("models/marts/metrics.yml").config("group", "finance")
                        .dependsOn(ORDERS).build());
    }

    private static SimpleSelectableNode.Builder model(String id, String folder) {
        String name = id.substring(id.lastIndexOf('.') + 1);
        return SimpleSelectableNode.builder(id).fqn("jaffle", folder, name);
    }

    private static SimpleSelectableNode versioned(String id, String version) {
        return SimpleSelectableNode.builder(id).name("dim_customers")
                .fqn("jaffle", "marts", "dim_customers")
                .version(version, "2").path("models/marts/dim_customers_v" + version + ".sql")
                .config("materialized", "table").access("public").dependsOn(CUSTOMERS).build();
    }

    private static SimpleSelectableNode.Builder source(String id) {
        return SimpleSelectableNode.builder(id).path("models/staging/sources.yml");
    }

    private static SimpleSelectableNode.Builder test(String id, TestType type, String testName,
            String path) {
        String name = id.substring(id.lastIndexOf('.') + 1);
        SimpleSelectableNode.Builder builder = SimpleSelectableNode.builder(id).path(path)
                .test(type, testName);
        return path.startsWith("tests/") ? builder.fqn("jaffle", name)
                : builder.fqn("jaffle", path.split("/")[1], name);
    }

    /** Shortens unique ids for readable assertions: "model.jaffle.orders" becomes "orders". */
    static Set<String> shortNames(Set<String> ids) {
        return ids.stream().map(TestingSelectionGraph::shortName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String shortName(String id) {
        int first = id.indexOf('.');
        return id.substring(id.indexOf('.', first + 1) + 1);
    }
}
