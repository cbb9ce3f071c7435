package dev.dvt.federation.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FederationPlannerTest {
    private static final String MODEL = "model.p.m";
    private static final InputRelation ORDERS = new InputRelation("source.p.raw.orders", null, "\"public\"",
            "\"orders\"", List.of("id", "date", "amount", "status", "customer_id", "created_at", "a", "b"),
            "postgres");
    private static final InputRelation CUSTOMERS = new InputRelation("source.p.crm.customers", null, "`crm`",
            "`customers`", List.of("id", "name", "email", "region", "status", "b"), "mysql");

    private final FederationPlanner planner = new FederationPlanner();

    private SourcePlan plan(String sql, InputRelation input, InputRelation... others) {
        List<InputRelation> inputs = new java.util.ArrayList<>(List.of(input));
        inputs.addAll(List.of(others));
        FederationPlan plan = planner.plan(MODEL, sql, "postgres", inputs);
        assertThat(plan.analysed()).as("analysed").isTrue();
        return plan.source(input.key()).orElseThrow();
    }

    private List<String> predicates(String sql, InputRelation input, InputRelation... others) {
        return plan(sql, input, others).predicates();
    }

    @Test
    void g31_g32_singleSourceConjunctsArePushedInTheSourceDialect() {
        assertThat(predicates("SELECT o.id FROM public.orders o WHERE o.date > '2024-01-01'", ORDERS))
                .containsExactly("\"date\" > '2024-01-01'");
        assertThat(predicates("SELECT o.id FROM public.orders o WHERE o.date > '2024-01-01' AND o.amount > 100",
                ORDERS)).containsExactly("\"date\" > '2024-01-01'", "\"amount\" > 100");
    }

    @Test
    void g33_g34_eachSourceGetsOnlyItsOwnConjuncts() {
        String sql = "SELECT o.id, c.name FROM public.orders o JOIN crm.customers c ON o.customer_id = c.id "
                + "WHERE o.date > '2024-01-01' AND c.region = 'US'";
        assertThat(predicates(sql, ORDERS, CUSTOMERS)).containsExactly("\"date\" > '2024-01-01'");
        assertThat(predicates(sql, CUSTOMERS, ORDERS)).containsExactly("`region` = 'US'");
    }

    @Test
    void g35_g37_crossSourceConditionsStayInTheCompute() {
        String join = "SELECT * FROM public.orders o, crm.customers c ";
        assertThat(predicates(join + "WHERE o.id = c.id", ORDERS, CUSTOMERS)).isEmpty();
        assertThat(predicates(join + "WHERE o.a = 1 OR c.b = 2", ORDERS, CUSTOMERS)).isEmpty();
        assertThat(predicates(join + "WHERE o.a = 1 OR c.b = 2", CUSTOMERS, ORDERS)).isEmpty();
    }

    @Test
    void g36_anOrOfOneSourceIsOnePredicate() {
        assertThat(predicates("SELECT * FROM public.orders o WHERE o.a = 1 OR o.b = 2", ORDERS))
                .containsExactly("(\"a\" = 1 OR \"b\" = 2)");
    }

    @Test
    void g38_unqualifiedColumnOfTwoSourcesIsNotPushed() {
        // the baseline pushed it to every source (B9); status exists in both, so it is ambiguous
        String sql = "SELECT o.id FROM public.orders o JOIN crm.customers c ON o.customer_id = c.id "
                + "WHERE status = 'x'";
        assertThat(predicates(sql, ORDERS, CUSTOMERS)).isEmpty();
        assertThat(predicates(sql, CUSTOMERS, ORDERS)).isEmpty();
        // an unqualified column only one side has is pushed to that side
        String unique = "SELECT o.id FROM public.orders o JOIN crm.customers c ON o.customer_id = c.id "
                + "WHERE amount > 5 AND email LIKE '%@x.org'";
        assertThat(predicates(unique, ORDERS, CUSTOMERS)).containsExactly("\"amount\" > 5");
        assertThat(predicates(unique, CUSTOMERS, ORDERS)).containsExactly("`email` LIKE '%@x.org'");
    }

    @Test
    void g39_g40_g41_g42() {
        assertThat(predicates("SELECT o.id FROM public.orders o WHERE LOWER(o.status) = 'active'", ORDERS))
                .containsExactly("LOWER(\"status\") = 'active'");
        assertThat(predicates("SELECT o.id FROM public.orders o", ORDERS)).isEmpty();
        assertThat(predicates("SELECT o.id FROM public.orders o WHERE 1 = 1", ORDERS)).isEmpty();
        assertThat(predicates("SELECT O.id FROM public.orders O WHERE O.status='a'", ORDERS))
                .containsExactly("\"status\" = 'a'");
    }

    @Test
    void nonPortableOrNonDeterministicConditionsAreNotPushed() {
        String base = "SELECT o.id FROM public.orders o WHERE ";
        assertThat(predicates(base + "o.amount > random()", ORDERS)).isEmpty();
        assertThat(predicates(base + "o.created_at < now()", ORDERS)).isEmpty();
        assertThat(predicates(base + "o.created_at < CURRENT_TIMESTAMP", ORDERS)).isEmpty();
        assertThat(predicates(base + "o.id IN (SELECT c.id FROM crm.customers c)", ORDERS, CUSTOMERS)).isEmpty();
        assertThat(predicates(base + "o.date::date = '2024-01-01'", ORDERS)).isEmpty();
        assertThat(predicates(base + "o.status IN ('a', 'b') AND o.amount BETWEEN 1 AND 9 AND o.b IS NOT NULL",
                ORDERS)).containsExactly("\"status\" IN ('a', 'b')", "\"amount\" BETWEEN 1 AND 9",
                        "\"b\" IS NOT NULL");
    }

    @Test
    void g43_to_g46_columnsUsedAnywhereAreProjected() {
        assertThat(plan("SELECT o.id, o.date, o.amount FROM public.orders o", ORDERS).columns())
                .containsExactly("id", "date", "amount");
        String join = "SELECT o.id, o.amount, c.name, c.email FROM public.orders o "
                + "JOIN crm.customers c ON o.customer_id = c.id";
        assertThat(plan(join, ORDERS, CUSTOMERS).columns()).containsExactly("id", "amount", "customer_id");
        assertThat(plan(join, CUSTOMERS, ORDERS).columns()).containsExactly("id", "name", "email");
        assertThat(plan("SELECT o.id FROM public.orders o WHERE o.status='active'", ORDERS).columns())
                .containsExactly("id", "status");
        // unlike G46, unqualified columns are resolved through the known column list
        assertThat(plan("SELECT id FROM public.orders o", ORDERS).columns()).containsExactly("id");
    }

    @Test
    void projectionMatchesCaseInsensitivelyAndQuotesTheRealCase() {
        InputRelation pg = new InputRelation("source.p.crm.Customers", null, "\"crm\"", "\"Customers\"",
                List.of("CustomerID", "Name", "signup"), "postgres");
        SourcePlan plan = plan("SELECT c.customerid, name FROM crm.\"Customers\" c WHERE c.CUSTOMERID > 10", pg);
        assertThat(plan.columns()).containsExactly("CustomerID", "Name");
        assertThat(plan.predicates()).containsExactly("\"CustomerID\" > 10");
        assertThat(plan.extractionSql())
                .isEqualTo("SELECT \"CustomerID\", \"Name\" FROM \"crm\".\"Customers\" WHERE \"CustomerID\" > 10");
    }

    @Test
    void everyClauseContributesColumns() {
        String sql = "WITH recent AS (SELECT o.customer_id, o.amount FROM public.orders o) "
                + "SELECT r.customer_id, CASE WHEN sum(r.amount) > 0 THEN 1 END, "
                + "row_number() OVER (PARTITION BY r.customer_id ORDER BY max(r.amount)) "
                + "FROM recent r GROUP BY r.customer_id HAVING count(*) > 1";
        assertThat(plan(sql, ORDERS).columns()).containsExactly("amount", "customer_id");
        String window = "SELECT o.id, rank() OVER (PARTITION BY o.status ORDER BY o.created_at) FROM public.orders o";
        assertThat(plan(window, ORDERS).columns()).containsExactly("id", "status", "created_at");
        String count = "SELECT count(*) FROM public.orders";
        assertThat(plan(count, ORDERS).columns()).containsExactly("id");
    }

    @Test
    void starsReadEveryColumn() {
        assertThat(plan("SELECT * FROM public.orders", ORDERS).allColumns()).isTrue();
        assertThat(plan("SELECT * FROM public.orders", ORDERS).extractionSql())
                .isEqualTo("SELECT * FROM \"public\".\"orders\"");
        String tableStar = "SELECT o.*, c.name FROM public.orders o JOIN crm.customers c ON o.customer_id = c.id";
        assertThat(plan(tableStar, ORDERS, CUSTOMERS).allColumns()).isTrue();
        assertThat(plan(tableStar, CUSTOMERS, ORDERS).columns()).containsExactly("id", "name");
        // a star over a CTE reads only what the CTE selects
        assertThat(plan("WITH x AS (SELECT o.id FROM public.orders o) SELECT * FROM x", ORDERS).columns())
                .containsExactly("id");
    }

    @Test
    void severalAliasesOfOneRelationAllWork() {
        String sql = "SELECT a.id, b.amount FROM public.orders a JOIN public.orders b ON a.id = b.customer_id "
                + "WHERE a.status = 'x'";
        SourcePlan plan = plan(sql, ORDERS);
        assertThat(plan.aliases()).containsExactly("a", "b");
        assertThat(plan.columns()).containsExactly("id", "amount", "status", "customer_id");
        // only a filters; b must still see every row
        assertThat(plan.predicates()).isEmpty();
        assertThat(plan.viewName()).endsWith("_a");
        String both = "SELECT a.id FROM public.orders a JOIN public.orders b ON a.id = b.customer_id "
                + "WHERE a.status = 'x' AND b.status = 'x'";
        assertThat(plan(both, ORDERS).predicates()).containsExactly("\"status\" = 'x'");
    }

    @Test
    void outerJoinsNeverFilterTheNullSupplyingSide() {
        String left = "SELECT o.id, c.name FROM public.orders o LEFT JOIN crm.customers c ON o.customer_id = c.id "
                + "AND c.region = 'EU' WHERE o.amount > 5 AND c.name IS NULL";
        assertThat(predicates(left, ORDERS, CUSTOMERS)).containsExactly("\"amount\" > 5");
        // the ON filter of the optional side is safe: its other rows never match
        assertThat(predicates(left, CUSTOMERS, ORDERS)).containsExactly("`region` = 'EU'");
        String leftOnPreserved = "SELECT o.id FROM public.orders o LEFT JOIN crm.customers c "
                + "ON o.customer_id = c.id AND o.amount > 5";
        assertThat(predicates(leftOnPreserved, ORDERS, CUSTOMERS)).isEmpty();
        String right = "SELECT o.id FROM public.orders o RIGHT JOIN crm.customers c ON o.customer_id = c.id "
                + "WHERE o.amount > 5 AND c.region = 'EU'";
        assertThat(predicates(right, ORDERS, CUSTOMERS)).isEmpty();
        assertThat(predicates(right, CUSTOMERS, ORDERS)).containsExactly("`region` = 'EU'");
        String full = "SELECT o.id FROM public.orders o FULL OUTER JOIN crm.customers c ON o.customer_id = c.id "
                + "WHERE o.amount > 5 AND c.region = 'EU'";
        assertThat(predicates(full, ORDERS, CUSTOMERS)).isEmpty();
        assertThat(predicates(full, CUSTOMERS, ORDERS)).isEmpty();
        String inner = "SELECT o.id FROM public.orders o JOIN crm.customers c ON o.customer_id = c.id AND c.region = 'EU'";
        assertThat(predicates(inner, CUSTOMERS, ORDERS)).containsExactly("`region` = 'EU'");
    }

    @Test
    void filtersInsideCtesAndSubqueriesArePushedOnlyWhenEveryReadAppliesThem() {
        String cte = "WITH big AS (SELECT o.id, o.amount FROM public.orders o WHERE o.amount > 100) "
                + "SELECT b.id FROM big b WHERE b.id > 3";
        assertThat(predicates(cte, ORDERS)).containsExactly("\"amount\" > 100");
        String sub = "SELECT c.name FROM crm.customers c WHERE c.id IN "
                + "(SELECT o.customer_id FROM public.orders o WHERE o.status = 'paid')";
        assertThat(predicates(sub, ORDERS, CUSTOMERS)).containsExactly("\"status\" = 'paid'");
        String correlated = "SELECT c.name FROM crm.customers c WHERE EXISTS "
                + "(SELECT 1 FROM public.orders o WHERE o.customer_id = c.id AND o.status = c.status)";
        assertThat(predicates(correlated, ORDERS, CUSTOMERS)).isEmpty();
        String cteAndOuter = "WITH big AS (SELECT o.id FROM public.orders o WHERE o.amount > 100) "
                + "SELECT o.id FROM public.orders o JOIN big ON big.id = o.id";
        assertThat(predicates(cteAndOuter, ORDERS)).isEmpty();
    }

    @Test
    void g52_unionBranchesWithDifferentFiltersPushNothing() {
        String union = "SELECT o.id FROM public.orders o WHERE o.status = 'a' "
                + "UNION ALL SELECT o.id FROM public.orders o WHERE o.status = 'b'";
        assertThat(predicates(union, ORDERS)).isEmpty();
        String same = "SELECT o.id FROM public.orders o WHERE o.amount > 1 AND o.status = 'a' "
                + "UNION ALL SELECT o.id FROM public.orders o WHERE o.status = 'b' AND o.amount > 1";
        assertThat(predicates(same, ORDERS)).containsExactly("\"amount\" > 1");
    }

    @Test
    void g47_to_g50_limitOnlyForASingleUnaggregatedSource() {
        assertThat(plan("SELECT o.id FROM public.orders o LIMIT 100", ORDERS).limit()).isEqualTo(OptionalLong.of(100));
        assertThat(plan("SELECT o.id FROM public.orders o LIMIT 50", ORDERS, CUSTOMERS).limit()).isEmpty();
        assertThat(plan("SELECT o.id FROM public.orders o", ORDERS).limit()).isEmpty();
        assertThat(plan("SELECT o.id FROM public.orders o FETCH FIRST 10 ROWS ONLY", ORDERS).limit())
                .isEqualTo(OptionalLong.of(10));
        assertThat(plan("SELECT o.id FROM public.orders o WHERE o.amount > 1 LIMIT 7", ORDERS).limit())
                .isEqualTo(OptionalLong.of(7));
        for (String unsafe : List.of(
                "SELECT o.id FROM public.orders o ORDER BY o.id LIMIT 5",
                "SELECT DISTINCT o.status FROM public.orders o LIMIT 5",
                "SELECT o.status, count(*) FROM public.orders o GROUP BY o.status LIMIT 5",
                "SELECT max(o.amount) FROM public.orders o LIMIT 5",
                "SELECT o.id, rank() OVER (ORDER BY o.amount) FROM public.orders o LIMIT 5",
                "SELECT o.id FROM public.orders o WHERE o.created_at < now() LIMIT 5",
                "SELECT o.id FROM public.orders o LIMIT 5 OFFSET 10")) {
            assertThat(plan(unsafe, ORDERS).limit()).as(unsafe).isEmpty();
        }
    }

    @Test
    void g51_unparseableSqlFallsBackToFullReads() {
        FederationPlan plan = planner.plan(MODEL, "NOT VALID SQL AT ALL !!!", "postgres", List.of(ORDERS, CUSTOMERS));
        assertThat(plan.analysed()).isFalse();
        assertThat(plan.sources()).hasSize(2).allSatisfy(s -> {
            assertThat(s.allColumns()).isTrue();
            assertThat(s.predicates()).isEmpty();
            assertThat(s.limit()).isEmpty();
        });
        assertThat(plan.source(CUSTOMERS.key()).orElseThrow().extractionSql()).isEqualTo("SELECT * FROM `crm`.`customers`");
        assertThat(plan.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("DVT005");
            assertThat(w.message()).contains(MODEL, "cannot be parsed");
        });
    }

    @Test
    void fingerprintsDifferWhenPredicatesDiffer() {
        SourcePlan a = plan("SELECT o.id FROM public.orders o WHERE o.status = 'a'", ORDERS);
        SourcePlan b = plan("SELECT o.id FROM public.orders o WHERE o.status = 'b'", ORDERS);
        SourcePlan a2 = plan("SELECT o.id FROM public.orders o WHERE o.status = 'a'", ORDERS);
        assertThat(a.fingerprint()).isNotEqualTo(b.fingerprint()).isEqualTo(a2.fingerprint()).hasSize(32);
    }

    @Test
    void viewNamesAreUniquePerModel() {
        String sql = "SELECT o.id FROM public.orders o JOIN crm.customers o2 ON o.customer_id = o2.id";
        FederationPlan plan = planner.plan(MODEL, sql, "postgres", List.of(ORDERS, CUSTOMERS));
        String prefix = dev.dvt.federation.sql.ViewNames.prefix(MODEL);
        assertThat(plan.sources()).extracting(SourcePlan::viewName).containsExactly(prefix + "o", prefix + "o2");
    }

    @Test
    void aColumnMissingFromTheKnownListMakesTheInputReadInFull() {
        SourcePlan plan = plan("SELECT o.id, o.added_later FROM public.orders o", ORDERS);
        assertThat(plan.allColumns()).isTrue();
        assertThat(plan.extractionSql()).startsWith("SELECT * FROM");
    }

    @Test
    void inListFollowedByAndIsSplitDespiteTheParserBug() {
        assertThat(predicates("SELECT o.id FROM public.orders o WHERE o.status IN ('a', 'b') AND o.amount > 1", ORDERS))
                .containsExactly("\"status\" IN ('a', 'b')", "\"amount\" > 1");
    }

    @Test
    void mysqlSourceLiteralsWithBackslashesAreNotPushed() {
        assertThat(predicates("SELECT c.id FROM crm.customers c WHERE c.name = 'a\\b' AND c.region = 'EU'", CUSTOMERS))
                .containsExactly("`region` = 'EU'");
    }

    @Test
    void outerFiltersKeptInTheComputeAreReportedAsDvt005() {
        FederationPlan plan = planner.plan(MODEL, "SELECT o.id FROM public.orders o JOIN crm.customers c "
                + "ON o.customer_id = c.id WHERE o.created_at < now() AND o.amount > 1 AND o.id = c.id",
                "postgres", List.of(ORDERS, CUSTOMERS));
        assertThat(plan.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("DVT005");
            assertThat(w.message()).contains("o.created_at < now()", ORDERS.key());
        });
    }
}
