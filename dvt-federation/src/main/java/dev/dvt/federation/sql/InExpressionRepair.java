package dev.dvt.federation.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.PlainSelect;

/**
 * Undoes a jsqlparser 5.3 mis-parse (issues #2244, #2282, #2356, fixed in 5.4): in
 * {@code x IN (1, 2) AND y = 3} the AND ends up inside the IN, as
 * {@code IN(x, AND((1, 2), y = 3))}. The printed SQL is the same, but the tree hides the AND, so
 * conditions could not be split. This puts the IN back around its own list only.
 */
public final class InExpressionRepair {
    private InExpressionRepair() {
    }

    /** Repairs the WHERE, HAVING, QUALIFY and join conditions of a SELECT in place. */
    public static void repair(PlainSelect select) {
        select.setWhere(repair(select.getWhere()));
        select.setHaving(repair(select.getHaving()));
        select.setQualify(repair(select.getQualify()));
        if (select.getJoins() != null) {
            for (Join join : select.getJoins()) {
                Collection<Expression> on = join.getOnExpressions();
                if (on != null && !on.isEmpty()) {
                    List<Expression> fixed = new ArrayList<>();
                    on.forEach(e -> fixed.add(repair(e)));
                    join.setOnExpressions(fixed);
                }
            }
        }
    }

    /** The repaired expression (possibly a new root); null stays null. */
    public static Expression repair(Expression e) {
        if (e instanceof InExpression in && isLogical(in.getRightExpression())) {
            BinaryExpression logical = (BinaryExpression) in.getRightExpression();
            BinaryExpression parent = logical;
            while (isLogical(parent.getLeftExpression())) {
                parent = (BinaryExpression) parent.getLeftExpression();
            }
            in.setRightExpression(parent.getLeftExpression());
            parent.setLeftExpression(in);
            return repair(logical);
        }
        if (e instanceof AndExpression || e instanceof OrExpression) {
            BinaryExpression logical = (BinaryExpression) e;
            logical.setLeftExpression(repair(logical.getLeftExpression()));
            logical.setRightExpression(repair(logical.getRightExpression()));
            return logical;
        }
        if (e instanceof NotExpression not) {
            not.setExpression(repair(not.getExpression()));
            return not;
        }
        if (e instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
            @SuppressWarnings("unchecked")
            ParenthesedExpressionList<Expression> single = (ParenthesedExpressionList<Expression>) list;
            single.set(0, repair(single.get(0)));
            return single;
        }
        return e;
    }

    private static boolean isLogical(Expression e) {
        return e instanceof AndExpression || e instanceof OrExpression;
    }
}
