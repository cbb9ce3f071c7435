package dev.dvt.federation.plan;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.util.deparser.ExpressionDeParser;
import net.sf.jsqlparser.util.deparser.SelectDeParser;

/** The column references inside one expression, subqueries included. */
final class ColumnCollector extends ExpressionDeParser {
    private final List<Column> columns = new ArrayList<>();

    static List<Column> columnsOf(Expression expression) {
        ColumnCollector collector = new ColumnCollector();
        StringBuilder discard = new StringBuilder();
        collector.setBuilder(discard);
        collector.setSelectVisitor(new SelectDeParser(collector, discard));
        expression.accept(collector, null);
        return collector.columns;
    }

    @Override
    public <S> StringBuilder visit(Column column, S context) {
        columns.add(column);
        return super.visit(column, context);
    }
}
