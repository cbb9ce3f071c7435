package dev.dvt.federation.plan;

import dev.dvt.federation.sql.SqlDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;

/**
 * Writes a WHERE conjunct in a source's dialect, if it is made only of constructs that mean the
 * same on every database: columns, plain literals, comparisons, AND/OR/NOT, IN lists, BETWEEN,
 * IS NULL, LIKE and a few deterministic functions. Anything else (subqueries, aggregates, window
 * functions, arithmetic, casts, random() or now(), vendor syntax) is not pushed: it stays in the
 * compute, where the whole query runs anyway. Columns are written quoted in their real case.
 */
final class PredicateRenderer {
    private static final Set<String> PORTABLE_FUNCTIONS = Set.of("lower", "upper", "coalesce", "abs");
    private static final Set<String> ILIKE_FAMILIES = Set.of("postgres", "duckdb", "snowflake");

    private final SqlDialect dialect;
    private final Function<Column, Optional<String>> columns;
    private int columnCount;

    /** @param columns the real column a reference means for this source, or empty if it is not the source's */
    PredicateRenderer(SqlDialect dialect, Function<Column, Optional<String>> columns) {
        this.dialect = dialect;
        this.columns = columns;
    }

    /** The conjunct in the source's dialect, or empty when it cannot be pushed to this source. */
    Optional<String> render(Expression conjunct) {
        columnCount = 0;
        Optional<String> sql = write(conjunct);
        return columnCount == 0 ? Optional.empty() : sql;
    }

    private Optional<String> write(Expression e) {
        if (e instanceof Column column) {
            Optional<String> real = columns.apply(column);
            real.ifPresent(r -> columnCount++);
            return real.map(dialect::quote);
        }
        if (e instanceof StringValue s) {
            boolean escapes = dialect.backslashEscapes() && s.getValue().contains("\\");
            return s.getPrefix() != null || escapes ? Optional.empty() : Optional.of("'" + s.getValue() + "'");
        }
        if (e instanceof LongValue || e instanceof DoubleValue) {
            return Optional.of(e.toString());
        }
        if (e instanceof NullValue) {
            return Optional.of("NULL");
        }
        if (e instanceof SignedExpression signed
                && (signed.getExpression() instanceof LongValue || signed.getExpression() instanceof DoubleValue)) {
            return Optional.of(signed.getSign() + signed.getExpression().toString());
        }
        if (e instanceof AndExpression and) {
            return logical(and.getLeftExpression(), "AND", and.getRightExpression());
        }
        if (e instanceof OrExpression or) {
            return logical(or.getLeftExpression(), "OR", or.getRightExpression());
        }
        if (e instanceof NotExpression not && !not.isExclamationMark()) {
            return write(not.getExpression()).map(x -> "NOT (" + x + ")");
        }
        if (e instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
            return write(list.get(0)).map(x -> "(" + x + ")");
        }
        if (e instanceof ComparisonOperator cmp) {
            return comparison(cmp);
        }
        if (e instanceof InExpression in) {
            return in(in);
        }
        if (e instanceof Between between) {
            return all(List.of(between.getLeftExpression(), between.getBetweenExpressionStart(),
                    between.getBetweenExpressionEnd()))
                    .map(p -> p.get(0) + (between.isNot() ? " NOT" : "") + " BETWEEN " + p.get(1) + " AND " + p.get(2));
        }
        if (e instanceof IsNullExpression isNull && !isNull.isUseIsNull() && !isNull.isUseNotNull()) {
            return write(isNull.getLeftExpression()).map(x -> x + (isNull.isNot() ? " IS NOT NULL" : " IS NULL"));
        }
        if (e instanceof LikeExpression like) {
            return like(like);
        }
        if (e instanceof net.sf.jsqlparser.expression.Function f) {
            return function(f);
        }
        return Optional.empty();
    }

    private Optional<String> logical(Expression left, String op, Expression right) {
        return all(List.of(left, right)).map(p -> p.get(0) + " " + op + " " + p.get(1));
    }

    private Optional<String> comparison(ComparisonOperator cmp) {
        if (cmp.getOldOracleJoinSyntax() != 0 || cmp.getOraclePriorPosition() != 0) {
            return Optional.empty();
        }
        String op = cmp instanceof NotEqualsTo ? "<>" : cmp.getStringExpression();
        if (!Set.of("=", "<>", "<", "<=", ">", ">=").contains(op)) {
            return Optional.empty();
        }
        return all(List.of(cmp.getLeftExpression(), cmp.getRightExpression()))
                .map(p -> p.get(0) + " " + op + " " + p.get(1));
    }

    private Optional<String> in(InExpression in) {
        if (in.isGlobal() || in.getOldOracleJoinSyntax() != 0
                || !(in.getRightExpression() instanceof ExpressionList<?> values) || values.isEmpty()) {
            return Optional.empty();
        }
        List<Expression> parts = new ArrayList<>();
        parts.add(in.getLeftExpression());
        parts.addAll(values);
        return all(parts).map(p -> p.get(0) + (in.isNot() ? " NOT IN (" : " IN (")
                + String.join(", ", p.subList(1, p.size())) + ")");
    }

    private Optional<String> like(LikeExpression like) {
        LikeExpression.KeyWord keyword = like.getLikeKeyWord();
        boolean plain = keyword == LikeExpression.KeyWord.LIKE;
        boolean ilike = keyword == LikeExpression.KeyWord.ILIKE && ILIKE_FAMILIES.contains(dialect.family());
        if ((!plain && !ilike) || like.getEscape() != null) {
            return Optional.empty();
        }
        return all(List.of(like.getLeftExpression(), like.getRightExpression()))
                .map(p -> p.get(0) + (like.isNot() ? " NOT " : " ") + keyword.name() + " " + p.get(1));
    }

    private Optional<String> function(net.sf.jsqlparser.expression.Function f) {
        String name = f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT);
        if (!PORTABLE_FUNCTIONS.contains(name) || f.getParameters() == null || f.isDistinct()
                || f.isAllColumns() || f.getNamedParameters() != null || f.getOrderByElements() != null
                || f.getKeep() != null || f.getAttribute() != null || f.getParameters().isEmpty()) {
            return Optional.empty();
        }
        List<Expression> args = new ArrayList<>(f.getParameters());
        return all(args).map(p -> name.toUpperCase(Locale.ROOT) + "(" + String.join(", ", p) + ")");
    }

    private Optional<List<String>> all(List<? extends Expression> expressions) {
        List<String> parts = new ArrayList<>();
        for (Expression e : expressions) {
            Optional<String> part = write(e);
            if (part.isEmpty()) {
                return Optional.empty();
            }
            parts.add(part.get());
        }
        return Optional.of(parts);
    }
}
