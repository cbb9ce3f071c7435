package dev.dvt.compiler.context;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelationObjectLimitTest {
    private final RelationObject orders = new RelationObject("db", "main", "orders", new boolean[] {false, true, true},
            s -> "\"" + s + "\"");

    @Test
    void emptyLimitPrintsASubqueryReadingNoRows() {
        assertThat(orders.withLimit(0, true).toString())
                .isEqualTo("(select * from db.\"main\".\"orders\" where false limit 0) _dbt_limit_subq_orders");
        assertThat(orders.withLimit(0, false).toString()).isEqualTo("(select * from db.\"main\".\"orders\" where false limit 0)");
        assertThat(orders.withLimit(10, true).toString())
                .isEqualTo("(select * from db.\"main\".\"orders\" limit 10) _dbt_limit_subq_orders");
    }

    @Test
    void renderAndPartsIgnoreTheLimit() {
        RelationObject limited = orders.withLimit(0, true);
        assertThat(limited.render()).isEqualTo("db.\"main\".\"orders\"");
        assertThat(limited.getIdentifier()).isEqualTo("orders");
        assertThat(limited.include(new Object[] {false}).toString())
                .isEqualTo("(select * from \"main\".\"orders\" where false limit 0) _dbt_limit_subq_orders");
        assertThat(orders.toString()).isEqualTo("db.\"main\".\"orders\"");
    }
}
