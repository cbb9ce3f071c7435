package dev.dvt.federation.transpile;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.federation.sql.Identifiers;
import dev.dvt.federation.sql.InExpressionRepair;
import dev.dvt.federation.sql.QueryWalk;
import dev.dvt.federation.sql.SqlDialect;
import dev.dvt.federation.sql.SqlParsing;
import java.util.List;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.Limit;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SelectVisitor;
import net.sf.jsqlparser.statement.select.WithItem;

/**
 * Rewrites a federated model's compiled SQL for the compute engine: every input relation becomes
 * its staged view ({@code _dvt_<hash>_<alias>}), catalog and schema qualifiers go, and the
 * source dialect's syntax is translated to DuckDB or Spark SQL through jsqlparser's AST. SQL that
 * cannot be parsed or carried over is a FEDERATION error naming the construct.
 */
public final class ComputeTranspiler {

    /**
     * @param sql the model's compiled SQL
     * @param sqlDialect the adapter type the SQL is written for (the model target's type)
     * @param compute the dialect to write
     * @param views the view of each input relation
     */
    public String transpile(String sql, String sqlDialect, ComputeDialect compute, List<ViewBinding> views) {
        requireNonNull(sql, "sql is null");
        requireNonNull(compute, "compute is null");
        requireNonNull(views, "views is null");
        SqlDialect from = SqlDialect.of(requireNonNull(sqlDialect, "sqlDialect is null"));
        Select select;
        try {
            select = SqlParsing.parseSelect(sql, from);
        } catch (JSQLParserException e) {
            throw Untranslatable.of("this SQL", from, compute, "it cannot be parsed ("
                    + SqlParsing.describe(e) + ")", sql);
        }
        QueryWalk walk = QueryWalk.of(select);
        ViewBindings bindings = new ViewBindings(views, walk.cteNames());
        ComputeExpressionWriter expressions = new ComputeExpressionWriter(from, compute, bindings);
        for (PlainSelect plain : walk.selects()) {
            InExpressionRepair.repair(plain);
            prepare(plain, from, compute, expressions);
        }
        for (WithItem<?> with : walk.withItems()) {
            requote(with.getAlias(), expressions);
        }
        if (select.getFetch() != null && !(select instanceof PlainSelect)) {
            fetchToLimit(select, expressions);
        }
        StringBuilder out = new StringBuilder();
        ComputeSelectWriter selects = new ComputeSelectWriter(expressions, out, bindings);
        expressions.setSelectVisitor(selects);
        expressions.setBuilder(out);
        try {
            select.accept((SelectVisitor<StringBuilder>) selects, null);
        } catch (DvtException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DvtException(ErrorCode.FEDERATION, "Cannot translate the SQL from " + from.name() + " to "
                    + compute.label() + ": " + e.getMessage(), e);
        }
        String translated = out.toString();
        LeftoverQuotes.verify(translated, sql, from, compute);
        return translated;
    }

    /** Rewrites clause-level syntax in place and rejects what the compute cannot run. */
    private static void prepare(PlainSelect plain, SqlDialect from, ComputeDialect to, ComputeExpressionWriter w) {
        if (plain.getOracleHierarchical() != null) {
            throw w.untranslatable("CONNECT BY", "write a recursive CTE instead", plain.getOracleHierarchical());
        }
        if (plain.getPivot() != null || plain.getUnPivot() != null) {
            throw w.untranslatable("PIVOT/UNPIVOT", "write it with CASE and GROUP BY", plain);
        }
        if (to == ComputeDialect.SPARK && plain.getDistinct() != null && plain.getDistinct().getOnSelectItems() != null) {
            throw w.untranslatable("DISTINCT ON", "use ROW_NUMBER() OVER (PARTITION BY …) = 1", plain.getDistinct());
        }
        if (to == ComputeDialect.SPARK && plain.getQualify() != null) {
            throw w.untranslatable("QUALIFY", "filter the window function in an outer query", plain.getQualify());
        }
        if (to == ComputeDialect.DUCKDB && plain.getLateralViews() != null) {
            throw w.untranslatable("LATERAL VIEW", "use UNNEST", plain.getLateralViews().get(0));
        }
        if (plain.getTop() != null) {
            if (plain.getTop().isPercentage() || plain.getTop().isWithTies()) {
                throw w.untranslatable("TOP … PERCENT/WITH TIES", "use a window function", plain.getTop());
            }
            Expression rows = plain.getTop().getExpression();
            plain.setTop(null);
            Limit limit = new Limit();
            limit.setRowCount(rows);
            plain.setLimit(limit);
        }
        if (plain.getFetch() != null) {
            fetchToLimit(plain, w);
        }
        if (plain.getOffset() != null) {
            plain.getOffset().setOffsetParam(null);
        }
        for (SelectItem<?> item : plain.getSelectItems()) {
            requote(item.getAlias(), w);
        }
        requote(plain.getFromItem(), w);
        if (plain.getJoins() != null) {
            for (Join join : plain.getJoins()) {
                if (join.isApply()) {
                    throw w.untranslatable("CROSS/OUTER APPLY", "use a JOIN LATERAL or a join on a subquery", join);
                }
                requote(join.getFromItem(), w);
            }
        }
    }

    private static void fetchToLimit(Select select, ComputeExpressionWriter w) {
        Expression rows = select.getFetch().getExpression();
        if (rows == null) {
            throw w.untranslatable("FETCH without a row count", "write LIMIT n", select.getFetch());
        }
        if (select.getFetch().getFetchParameters().stream().anyMatch(p -> p.equalsIgnoreCase("PERCENT"))) {
            throw w.untranslatable("FETCH … PERCENT", "use a window function", select.getFetch());
        }
        select.setFetch(null);
        Limit limit = new Limit();
        limit.setRowCount(rows);
        select.setLimit(limit);
    }

    private static void requote(FromItem item, ComputeExpressionWriter w) {
        // tables print their own alias in ComputeSelectWriter
        if (item != null && !(item instanceof net.sf.jsqlparser.schema.Table)) {
            requote(item.getAlias(), w);
        }
    }

    private static void requote(Alias alias, ComputeExpressionWriter w) {
        if (alias != null && alias.getName() != null && Identifiers.isQuoted(alias.getName())) {
            alias.setName(w.identifier(alias.getName()));
        }
    }
}
