package dev.dvt.federation.sql;

import static org.assertj.core.api.Assertions.assertThat;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.statement.select.PlainSelect;
import org.junit.jupiter.api.Test;

class InExpressionRepairTest {
    private static Expression where(String condition) throws Exception {
        PlainSelect select = (PlainSelect) SqlParsing.parseSelect("SELECT 1 FROM t WHERE " + condition,
                SqlDialect.of("postgres"));
        InExpressionRepair.repair(select);
        return select.getWhere();
    }

    @Test
    void andAfterAnInListIsLiftedOutOfTheIn() throws Exception {
        Expression e = where("a IN (1, 2) AND b = 3 AND c NOT IN ('x')");
        assertThat(e).isInstanceOf(AndExpression.class);
        assertThat(e.toString()).isEqualTo("a IN (1, 2) AND b = 3 AND c NOT IN ('x')");
        AndExpression and = (AndExpression) e;
        assertThat(((AndExpression) and.getLeftExpression()).getLeftExpression()).isInstanceOf(InExpression.class);
    }

    @Test
    void orKeepsItsPrecedence() throws Exception {
        Expression e = where("a IN (1, 2) AND b = 1 OR c = 2");
        assertThat(e).isInstanceOf(OrExpression.class);
        assertThat(((OrExpression) e).getLeftExpression()).isInstanceOf(AndExpression.class);
        assertThat(where("a IN (1) OR b = 1")).isInstanceOf(OrExpression.class);
    }

    @Test
    void wellFormedConditionsAreUntouched() throws Exception {
        assertThat(where("b = 1 AND a IN (1, 2)").toString()).isEqualTo("b = 1 AND a IN (1, 2)");
        assertThat(where("a IN (SELECT x FROM u)")).isInstanceOf(InExpression.class);
    }
}
