package dev.dvt.compiler.jinja;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code store_result}, {@code store_raw_result}, {@code load_result} and {@code adapter.execute},
 * on top of the caller's {@link StatementExecutor}. The built-in {@code statement} and
 * {@code run_query} macros use them.
 */
final class StatementFunctions {

    private StatementFunctions() {
    }

    static List<JavaMacro> functions() {
        List<JavaMacro> f = new ArrayList<>();
        f.add(JavaMacro.of("store_result(name, response, agate_table=None)", a -> {
            store(a.requiredString("name"), a.get("response"), (ResultTable) a.get("agate_table"));
            return "";
        }));
        f.add(JavaMacro.of("store_raw_result(name, message=None, code=None, rows_affected=None, agate_table=None)",
                a -> {
                    Object rows = a.get("rows_affected");
                    StatementResult.Response response = new StatementResult.Response(
                            a.string("message") == null ? "" : a.string("message"), a.string("code"),
                            rows == null ? -1 : ((Number) Values.number(rows)).longValue());
                    store(a.requiredString("name"), response, (ResultTable) a.get("agate_table"));
                    return "";
                }));
        f.add(JavaMacro.of("load_result(name)",
                a -> RenderState.current().context().storedResults().get(a.requiredString("name"))));
        return f;
    }

    /** {@code adapter.execute(sql, auto_begin=False, fetch=False)}: returns {@code (response, table)}. */
    static JavaMacro execute() {
        return JavaMacro.of("execute(sql, auto_begin=False, fetch=False, limit=None)", a -> {
            StatementExecutor executor = RenderState.current().context().statementExecutor();
            if (executor == null) {
                throw new DvtException(ErrorCode.COMPILATION, "this render has no database connection, so it "
                        + "cannot run SQL; guard the statement with {% if execute %}");
            }
            StatementResult result = executor.execute(a.requiredString("sql"), a.bool("fetch"), a.bool("auto_begin"));
            List<Object> pair = new ArrayList<>(2);
            pair.add(result.response());
            pair.add(result.table());
            return pair;
        });
    }

    private static void store(String name, Object response, ResultTable table) {
        ResultTable t = table == null ? ResultTable.empty() : table;
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("response", response);
        stored.put("data", t.data());
        stored.put("table", t);
        RenderState.current().context().storedResults().put(name, stored);
    }
}
