package dev.dvt.federation.transpile;

import dev.dvt.federation.sql.SqlDialect;

/**
 * A last check on the transpiled text. jsqlparser prints a few rare clauses verbatim (named
 * WINDOW definitions, KEEP, some JSON syntax), so identifiers there keep the source's quotes. In
 * Spark a leftover {@code "x"} would silently become a string, so any quote character the compute
 * does not use for identifiers, found outside a string literal, is reported instead.
 */
final class LeftoverQuotes {
    private LeftoverQuotes() {
    }

    static void verify(String sql, String originalSql, SqlDialect from, ComputeDialect to) {
        char own = to == ComputeDialect.SPARK ? '`' : '"';
        char foreign = to == ComputeDialect.SPARK ? '"' : '`';
        boolean brackets = from.isFamily("tsql");
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                i = endOfLiteral(sql, i, to);
            } else if (c == own) {
                int close = sql.indexOf(own, i + 1);
                i = close < 0 ? sql.length() : close;
            } else if (c == foreign || (brackets && c == '[')) {
                int from0 = Math.max(0, i - 40);
                throw Untranslatable.of("a clause jsqlparser prints verbatim", from, to, "it still holds the "
                        + "identifier quote " + c + " near '" + sql.substring(from0, Math.min(sql.length(), i + 40))
                        + "'; write that clause without quoted identifiers", originalSql);
            }
        }
    }

    private static int endOfLiteral(String sql, int start, ComputeDialect to) {
        for (int i = start + 1; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\\' && to == ComputeDialect.SPARK) {
                i++;
            } else if (c == '\'') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'' && to == ComputeDialect.DUCKDB) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return sql.length();
    }
}
