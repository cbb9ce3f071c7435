package dev.dvt.compiler.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.compiler.runtime.JinjaRelation;
import dev.dvt.core.adapter.duckdb.DuckDbDialect;
import dev.dvt.spi.Relation;
import dev.dvt.spi.RelationType;
import org.junit.jupiter.api.Test;

class EmptyRelationTest {
    private final JinjaRelation orders = JinjaRelation.of(new Relation("db", "main", "orders", RelationType.TABLE,
            DuckDbDialect.DEFAULT, Relation.Parts.ALL));

    @Test
    void printsASubqueryReadingNoRows() {
        assertThat(new EmptyRelation(orders, true).toString())
                .isEqualTo("(select * from \"db\".\"main\".\"orders\" where false limit 0) _dbt_limit_subq_orders");
        assertThat(new EmptyRelation(orders, false).toString())
                .isEqualTo("(select * from \"db\".\"main\".\"orders\" where false limit 0)");
    }

    @Test
    void renderAndPartsDescribeTheRealRelation() {
        EmptyRelation empty = new EmptyRelation(orders, true);
        assertThat(empty.render()).isEqualTo("\"db\".\"main\".\"orders\"");
        assertThat(empty.getIdentifier()).isEqualTo("orders");
        assertThat(empty.getSchema()).isEqualTo("main");
    }
}
