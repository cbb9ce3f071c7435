package dev.dvt.federation.transpile;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.schema.Column;

/**
 * The table of function translations: which source functions are written differently for the
 * compute, keyed by {@code <dialect family>:<name>} or {@code *:<name>} for every family. A
 * function not in the table is written unchanged.
 */
final class FunctionRules {
    /** Writes one translated call through the expression writer. */
    @FunctionalInterface
    interface Rule {
        void write(Function f, List<Expression> args, ComputeExpressionWriter out);
    }

    private static final Set<String> DAY_UNITS = Set.of("day", "dd", "d", "days");
    private static final Map<String, Rule> RULES = new HashMap<>();

    static {
        rename("*", "ifnull", "coalesce");
        rename("*", "nvl", "coalesce");
        rename("tsql", "isnull", "coalesce");
        rename("tsql", "len", "length");
        constant("*", "now", "CURRENT_TIMESTAMP");
        constant("tsql", "getdate", "CURRENT_TIMESTAMP");
        constant("tsql", "sysdatetime", "CURRENT_TIMESTAMP");
        constant("tsql", "getutcdate", "CURRENT_TIMESTAMP");
        constant("mysql", "sysdate", "CURRENT_TIMESTAMP");
        RULES.put("mysql:isnull", (f, args, out) -> {
            out.requireArgs(f, args, 1);
            out.append("(").expr(args.get(0)).append(" IS NULL)");
        });
        RULES.put("*:nvl2", (f, args, out) -> {
            out.requireArgs(f, args, 3);
            out.append("CASE WHEN ").expr(args.get(0)).append(" IS NOT NULL THEN ").expr(args.get(1))
                    .append(" ELSE ").expr(args.get(2)).append(" END");
        });
        RULES.put("oracle:decode", FunctionRules::decode);
        RULES.put("mysql:date_format", FunctionRules::dateFormat);
        RULES.put("tsql:datediff", FunctionRules::dateDiff);
        RULES.put("postgres:string_agg", (f, args, out) -> {
            if (out.compute() == ComputeDialect.DUCKDB) {
                out.call("string_agg", args);
            } else {
                out.requireArgs(f, args, 2);
                if (f.getOrderByElements() != null || f.isDistinct()) {
                    throw out.untranslatable("string_agg with DISTINCT or ORDER BY", "Spark has no ordered string "
                            + "aggregate", f);
                }
                out.append("concat_ws(").expr(args.get(1)).append(", collect_list(").expr(args.get(0)).append("))");
            }
        });
    }

    private FunctionRules() {
    }

    static Optional<Rule> find(String family, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        Rule rule = RULES.get(family + ":" + lower);
        return Optional.ofNullable(rule != null ? rule : RULES.get("*:" + lower));
    }

    private static void rename(String family, String name, String target) {
        RULES.put(family + ":" + name, (f, args, out) -> out.call(target, args));
    }

    private static void constant(String family, String name, String sql) {
        RULES.put(family + ":" + name, (f, args, out) -> {
            out.requireArgs(f, args, 0);
            out.append(sql);
        });
    }

    /** DECODE compares with NULL-safe equality, unlike CASE x WHEN. */
    private static void decode(Function f, List<Expression> args, ComputeExpressionWriter out) {
        if (args.size() < 3) {
            throw out.untranslatable("DECODE", "it needs at least 3 arguments", f);
        }
        out.append("CASE");
        int i = 1;
        for (; i + 1 < args.size(); i += 2) {
            out.append(" WHEN ").expr(args.get(0)).append(" IS NOT DISTINCT FROM ").expr(args.get(i))
                    .append(" THEN ").expr(args.get(i + 1));
        }
        if (i < args.size()) {
            out.append(" ELSE ").expr(args.get(i));
        }
        out.append(" END");
    }

    private static void dateFormat(Function f, List<Expression> args, ComputeExpressionWriter out) {
        out.requireArgs(f, args, 2);
        if (!(args.get(1) instanceof StringValue pattern)) {
            throw out.untranslatable("DATE_FORMAT", "its format must be a string literal", f);
        }
        String mysqlPattern = StringLiterals.decode(pattern.getValue(), true);
        String translated = DateFormats.fromMysql(mysqlPattern, out.compute()).orElseThrow(() ->
                out.untranslatable("DATE_FORMAT", "its format uses a specifier with no equivalent", f));
        out.append(out.compute() == ComputeDialect.SPARK ? "date_format(" : "strftime(").expr(args.get(0))
                .append(", ").append(StringLiterals.encode(translated, out.compute())).append(")");
    }

    /** SQL Server DATEDIFF(unit, start, end): DuckDB date_diff counts boundaries the same way. */
    private static void dateDiff(Function f, List<Expression> args, ComputeExpressionWriter out) {
        out.requireArgs(f, args, 3);
        if (!(args.get(0) instanceof Column unit)) {
            throw out.untranslatable("DATEDIFF", "its unit must be a keyword such as day", f);
        }
        String name = unit.getColumnName().toLowerCase(Locale.ROOT);
        if (out.compute() == ComputeDialect.DUCKDB) {
            out.append("date_diff(").append(StringLiterals.encode(name, out.compute())).append(", ")
                    .expr(args.get(1)).append(", ").expr(args.get(2)).append(")");
        } else if (DAY_UNITS.contains(name)) {
            out.append("datediff(").expr(args.get(2)).append(", ").expr(args.get(1)).append(")");
        } else {
            throw out.untranslatable("DATEDIFF(" + name + ", …)", "Spark's datediff counts days only", f);
        }
    }
}
