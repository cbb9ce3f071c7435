package dev.dvt.federation.transpile;

import dev.dvt.core.DvtException;
import dev.dvt.federation.sql.Identifiers;
import dev.dvt.federation.sql.SqlDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.MySQLGroupConcat;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.TranscodingFunction;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.OldOracleJoinBinaryExpression;
import net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperator;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.util.deparser.ExpressionDeParser;

/**
 * jsqlparser's expression deparser, taught to write the compute's dialect: identifiers re-quoted,
 * string literals re-encoded, casts and type names mapped, and the functions and operators of
 * {@link FunctionRules} and this class rewritten. Anything it knows it cannot express raises a
 * FEDERATION error that names the construct.
 */
final class ComputeExpressionWriter extends ExpressionDeParser {
    private static final Set<String> ORACLE_NOW = Set.of("sysdate", "systimestamp");

    private final SqlDialect from;
    private final ComputeDialect to;
    private final ViewBindings views;

    ComputeExpressionWriter(SqlDialect from, ComputeDialect to, ViewBindings views) {
        this.from = from;
        this.to = to;
        this.views = views;
    }

    ComputeDialect compute() {
        return to;
    }

    ComputeExpressionWriter append(String sql) {
        builder.append(sql);
        return this;
    }

    ComputeExpressionWriter expr(Expression e) {
        e.accept(this, null);
        return this;
    }

    void call(String name, List<Expression> args) {
        builder.append(name).append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                builder.append(", ");
            }
            expr(args.get(i));
        }
        builder.append(')');
    }

    void requireArgs(Function f, List<Expression> args, int count) {
        if (args.size() != count) {
            throw untranslatable(f.getName() + " with " + args.size() + " arguments", "expected " + count, f);
        }
    }

    DvtException untranslatable(String construct, String why, Object sql) {
        return Untranslatable.of(construct, from, to, why, sql);
    }

    /** A name as written in the source: re-quoted for the compute if it was quoted, else as is. */
    String identifier(String raw) {
        return Identifiers.isQuoted(raw) ? to.quote(Identifiers.unquote(raw)) : raw;
    }

    @Override
    public <S> StringBuilder visit(Column column, S context) {
        Table table = column.getTable();
        String name = column.getColumnName();
        boolean bare = table == null || table.getName() == null || table.getName().isEmpty();
        if (bare && from.backslashEscapes() && name.startsWith("\"")) {
            // MySQL reads "text" as a string literal
            builder.append(StringLiterals.encode(StringLiterals.decode(Identifiers.unquote(name), true), to));
            return builder;
        }
        if (bare && from.isFamily("oracle") && ORACLE_NOW.contains(name.toLowerCase(Locale.ROOT))) {
            builder.append("CURRENT_TIMESTAMP");
            return builder;
        }
        if (bare && from.isFamily("oracle") && name.equalsIgnoreCase("rownum")) {
            throw untranslatable("ROWNUM", "use ROW_NUMBER() OVER (…) or LIMIT", column);
        }
        if (column.getArrayConstructor() != null) {
            return super.visit(column, context);
        }
        if (!bare) {
            builder.append(views.qualifier(table, this::identifier)).append('.');
        }
        builder.append(identifier(name));
        return builder;
    }

    @Override
    public <S> StringBuilder visit(StringValue literal, S context) {
        builder.append(StringLiterals.translate(literal, from, to));
        return builder;
    }

    @Override
    public <S> StringBuilder visit(Function function, S context) {
        if (function.getName() == null) {
            return super.visit(function, context);
        }
        var rule = FunctionRules.find(from.family(), function.getName());
        if (rule.isEmpty()) {
            return super.visit(function, context);
        }
        List<Expression> args = function.getParameters() == null ? List.of()
                : new ArrayList<>(function.getParameters());
        rule.get().write(function, args, this);
        return builder;
    }

    @Override
    public <S> StringBuilder visit(CastExpression cast, S context) {
        String type = TypeTranslator.translate(cast.getColDataType().toString(), from, to, cast);
        // TRY_CAST and SAFE_CAST keep their keyword; "::" has none and becomes CAST
        String keyword = cast.keyword != null && !cast.keyword.isEmpty() ? cast.keyword.toUpperCase(Locale.ROOT) : "CAST";
        if (cast.getFormat() != null && !cast.getFormat().isEmpty()) {
            throw untranslatable("CAST … FORMAT", "the compute has no formatted cast", cast);
        }
        builder.append(keyword).append('(');
        expr(cast.getLeftExpression());
        builder.append(" AS ").append(type).append(')');
        return builder;
    }

    @Override
    public <S> StringBuilder visit(TranscodingFunction convert, S context) {
        if (convert.getColDataType() == null || convert.getTranscodingName() != null) {
            throw untranslatable("CONVERT with a style or character set", "write CAST(x AS type) instead", convert);
        }
        builder.append("CAST(");
        expr(convert.getExpression());
        builder.append(" AS ").append(TypeTranslator.translate(convert.getColDataType().toString(), from, to, convert))
                .append(')');
        return builder;
    }

    @Override
    public <S> StringBuilder visit(TimeKeyExpression key, S context) {
        String text = key.getStringValue().toLowerCase(Locale.ROOT).replace("()", "");
        builder.append(ORACLE_NOW.contains(text) || text.equals("current_timestamp") ? "CURRENT_TIMESTAMP"
                : key.getStringValue());
        return builder;
    }

    @Override
    public <S> StringBuilder visit(LikeExpression like, S context) {
        LikeExpression.KeyWord keyword = like.getLikeKeyWord();
        String not = like.isNot() ? "NOT " : "";
        if (keyword == LikeExpression.KeyWord.ILIKE && to == ComputeDialect.SPARK && like.getEscape() == null) {
            append("lower(").expr(like.getLeftExpression()).append(") " + not + "LIKE lower(")
                    .expr(like.getRightExpression()).append(")");
            return builder;
        }
        if (keyword == LikeExpression.KeyWord.REGEXP || keyword == LikeExpression.KeyWord.RLIKE) {
            regex(like.getLeftExpression(), like.getRightExpression(), like.isNot(), false);
            return builder;
        }
        if (keyword == LikeExpression.KeyWord.SIMILAR_TO || keyword == LikeExpression.KeyWord.MATCH_ANY
                || keyword == LikeExpression.KeyWord.MATCH_ALL) {
            throw untranslatable(keyword.name().replace('_', ' '), "use LIKE or a regular expression", like);
        }
        return super.visit(like, context);
    }

    @Override
    public <S> StringBuilder visit(RegExpMatchOperator match, S context) {
        String op = match.getStringExpression();
        regex(match.getLeftExpression(), match.getRightExpression(), op.startsWith("!"), op.endsWith("*"));
        return builder;
    }

    private void regex(Expression value, Expression pattern, boolean negated, boolean caseInsensitive) {
        if (negated) {
            append("NOT ");
        }
        if (to == ComputeDialect.DUCKDB) {
            append("regexp_matches(").expr(value).append(", ").expr(pattern)
                    .append(caseInsensitive ? ", 'i')" : ")");
        } else {
            append("(").expr(value).append(" RLIKE ");
            if (caseInsensitive) {
                append("concat('(?i)', ").expr(pattern).append(")");
            } else {
                expr(pattern);
            }
            append(")");
        }
    }

    /** SQL Server {@code +} joins strings; with a string literal on either side it must be concat. */
    @Override
    public <S> StringBuilder visit(Addition addition, S context) {
        if (from.isFamily("tsql") && isStringSum(addition)) {
            List<Expression> parts = new ArrayList<>();
            flattenSum(addition, parts);
            call("concat", parts);
            return builder;
        }
        return super.visit(addition, context);
    }

    private static boolean isStringSum(Expression e) {
        if (e instanceof Addition a) {
            return isStringSum(a.getLeftExpression()) || isStringSum(a.getRightExpression());
        }
        return e instanceof StringValue;
    }

    private static void flattenSum(Expression e, List<Expression> parts) {
        if (e instanceof Addition a) {
            flattenSum(a.getLeftExpression(), parts);
            flattenSum(a.getRightExpression(), parts);
        } else {
            parts.add(e);
        }
    }

    @Override
    public <S> StringBuilder visit(MySQLGroupConcat concat, S context) {
        String separator = concat.getSeparator() == null ? "','" : concat.getSeparator();
        StringValue separatorLiteral = new StringValue(separator.substring(1, separator.length() - 1));
        List<Expression> values = new ArrayList<>(concat.getExpressionList());
        if (values.size() != 1) {
            throw untranslatable("GROUP_CONCAT of several expressions", "concatenate them first with CONCAT", concat);
        }
        if (to == ComputeDialect.DUCKDB) {
            append("string_agg(").append(concat.isDistinct() ? "DISTINCT " : "").expr(values.get(0)).append(", ")
                    .expr(separatorLiteral);
            if (concat.getOrderByElements() != null) {
                append(" ORDER BY ");
                for (int i = 0; i < concat.getOrderByElements().size(); i++) {
                    OrderByElement o = concat.getOrderByElements().get(i);
                    append(i > 0 ? ", " : "").expr(o.getExpression()).append(o.isAsc() ? "" : " DESC");
                }
            }
            append(")");
        } else {
            if (concat.getOrderByElements() != null) {
                throw untranslatable("GROUP_CONCAT … ORDER BY", "Spark has no ordered string aggregate", concat);
            }
            append("concat_ws(").expr(separatorLiteral).append(concat.isDistinct() ? ", collect_set(" : ", collect_list(")
                    .expr(values.get(0)).append("))");
        }
        return builder;
    }

    @Override
    public <S> StringBuilder deparse(OldOracleJoinBinaryExpression expression, String operator, S context) {
        if (expression.getOldOracleJoinSyntax() != EqualsTo.NO_ORACLE_JOIN) {
            throw untranslatable("the (+) outer join", "write LEFT JOIN … ON instead", expression);
        }
        return super.deparse(expression, operator, context);
    }
}
