package dev.dvt.compiler.compile;

import dev.dvt.artifacts.manifest.InjectedCte;
import java.util.List;
import java.util.Locale;

/**
 * Puts ephemeral models' CTEs in front of a query as dbt does: {@code with <ctes>} before the
 * first token, or, when the query already starts with {@code WITH}, the CTEs right after it
 * followed by a comma.
 */
final class CteInjector {

    private CteInjector() {
    }

    static String inject(String sql, List<InjectedCte> ctes) {
        if (ctes.isEmpty()) {
            return sql;
        }
        StringBuilder joined = new StringBuilder();
        for (InjectedCte cte : ctes) {
            if (joined.length() > 0) {
                joined.append(", ");
            }
            joined.append(cte.getSql());
        }
        int first = firstToken(sql);
        if (startsWithWith(sql, first)) {
            int afterWith = first + 4;
            return sql.substring(0, afterWith) + joined + "," + sql.substring(afterWith);
        }
        return sql.substring(0, first) + "with" + joined + sql.substring(first);
    }

    /** Offset of the first token after leading whitespace and comments. */
    private static int firstToken(String sql) {
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? sql.length() : nl + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
            } else {
                return i;
            }
        }
        return sql.length();
    }

    private static boolean startsWithWith(String sql, int at) {
        return sql.length() >= at + 5 && sql.substring(at, at + 4).toLowerCase(Locale.ROOT).equals("with")
                && !Character.isLetterOrDigit(sql.charAt(at + 4)) && sql.charAt(at + 4) != '_';
    }
}
