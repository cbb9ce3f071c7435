package dev.dvt.federation.sql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JsonExpression;
import net.sf.jsqlparser.expression.MySQLGroupConcat;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.util.deparser.ExpressionDeParser;
import net.sf.jsqlparser.util.deparser.SelectDeParser;

/**
 * Every table reference, column reference and function call of a statement, each with the
 * SELECT (scope) it appears in. It rides on jsqlparser's deparser, which visits every node it
 * prints, so no clause is forgotten; the text it prints is thrown away.
 */
public final class QueryWalk {
    public record ColumnUse(Column column, PlainSelect scope) {
    }

    public record TableUse(Table table, PlainSelect scope) {
    }

    private final List<PlainSelect> selects = new ArrayList<>();
    private final Map<PlainSelect, PlainSelect> parents = new IdentityHashMap<>();
    private final List<ColumnUse> columns = new ArrayList<>();
    private final List<TableUse> tables = new ArrayList<>();
    private final Map<PlainSelect, List<String>> functions = new IdentityHashMap<>();
    private final Set<PlainSelect> windowed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> cteNames = new HashSet<>();
    private final List<WithItem<?>> withItems = new ArrayList<>();
    private final Deque<PlainSelect> scopes = new ArrayDeque<>();

    public static QueryWalk of(Select select) {
        QueryWalk walk = new QueryWalk();
        StringBuilder discard = new StringBuilder();
        ExpressionWalker expressions = walk.new ExpressionWalker();
        SelectWalker selects = walk.new SelectWalker(expressions, discard);
        expressions.setSelectVisitor(selects);
        expressions.setBuilder(discard);
        select.accept((net.sf.jsqlparser.statement.select.SelectVisitor<StringBuilder>) selects, null);
        return walk;
    }

    /** Every SELECT, in the order the SQL writes them. */
    public List<PlainSelect> selects() {
        return selects;
    }

    /** The SELECT each SELECT is nested in (null for the outermost). */
    public Map<PlainSelect, PlainSelect> parents() {
        return parents;
    }

    /** Every column reference with its SELECT. */
    public List<ColumnUse> columns() {
        return columns;
    }

    /** Every table reference (including CTE names used as tables) with its SELECT. */
    public List<TableUse> tables() {
        return tables;
    }

    /** The names of the functions called directly in each SELECT. */
    public Map<PlainSelect, List<String>> functions() {
        return functions;
    }

    /** The SELECTs that call a window or analytic function. */
    public Set<PlainSelect> windowed() {
        return windowed;
    }

    /** The lower-case names of every CTE. */
    public Set<String> cteNames() {
        return cteNames;
    }

    /** Every CTE definition. */
    public List<WithItem<?>> withItems() {
        return withItems;
    }

    private PlainSelect scope() {
        return scopes.peek();
    }

    private final class SelectWalker extends SelectDeParser {
        SelectWalker(ExpressionDeParser expressions, StringBuilder buffer) {
            super(expressions, buffer);
        }

        @Override
        public <S> StringBuilder visit(PlainSelect plainSelect, S context) {
            selects.add(plainSelect);
            parents.put(plainSelect, scope());
            functions.putIfAbsent(plainSelect, new ArrayList<>());
            scopes.push(plainSelect);
            try {
                return super.visit(plainSelect, context);
            } finally {
                scopes.pop();
            }
        }

        @Override
        public <S> StringBuilder visit(Table table, S context) {
            tables.add(new TableUse(table, scope()));
            return super.visit(table, context);
        }

        @Override
        public <S> StringBuilder visit(WithItem<?> withItem, S context) {
            cteNames.add(Identifiers.key(withItem.getAliasName()));
            withItems.add(withItem);
            return super.visit(withItem, context);
        }
    }

    private final class ExpressionWalker extends ExpressionDeParser {
        @Override
        public <S> StringBuilder visit(Column column, S context) {
            columns.add(new ColumnUse(column, scope()));
            return super.visit(column, context);
        }

        @Override
        public <S> StringBuilder visit(Function function, S context) {
            recordFunction(function.getName());
            return super.visit(function, context);
        }

        @Override
        public <S> StringBuilder visit(AnalyticExpression analytic, S context) {
            recordFunction(analytic.getName());
            if (scope() != null) {
                windowed.add(scope());
            }
            // the deparser prints WITHIN GROUP ordering as text; visit its columns here
            if (analytic.getFuncOrderBy() != null) {
                for (OrderByElement element : analytic.getFuncOrderBy()) {
                    element.getExpression().accept(this, context);
                }
            }
            return super.visit(analytic, context);
        }

        // the deparser prints these as text; visit the columns inside them here
        @Override
        public <S> StringBuilder visit(MySQLGroupConcat groupConcat, S context) {
            recordFunction("group_concat");
            groupConcat.getExpressionList().accept(this, context);
            if (groupConcat.getOrderByElements() != null) {
                groupConcat.getOrderByElements().forEach(o -> o.getExpression().accept(this, context));
            }
            return super.visit(groupConcat, context);
        }

        @Override
        public <S> StringBuilder visit(JsonExpression json, S context) {
            json.getExpression().accept(this, context);
            return super.visit(json, context);
        }

        private void recordFunction(String name) {
            if (scope() != null && name != null) {
                functions.computeIfAbsent(scope(), s -> new ArrayList<>()).add(name);
            }
        }
    }
}
