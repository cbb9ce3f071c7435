package dev.dvt.federation.plan;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;

/** Splits a condition into its top-level AND terms, looking through redundant parentheses. */
final class Conjuncts {
    private Conjuncts() {
    }

    static List<Expression> split(Expression condition) {
        List<Expression> terms = new ArrayList<>();
        collect(condition, terms);
        return terms;
    }

    private static void collect(Expression e, List<Expression> terms) {
        if (e == null) {
            return;
        }
        if (e instanceof AndExpression and) {
            collect(and.getLeftExpression(), terms);
            collect(and.getRightExpression(), terms);
        } else if (e instanceof ParenthesedExpressionList<?> list && list.size() == 1
                && list.get(0) instanceof AndExpression) {
            collect(list.get(0), terms);
        } else {
            terms.add(e);
        }
    }
}
