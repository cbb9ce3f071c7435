package dev.dvt.federation.compute;

/** Small SQL text helpers shared by the engines. */
final class SqlLiterals {
    private SqlLiterals() {
    }

    /** A single-quoted SQL string literal (DuckDB and Spark both accept doubled quotes). */
    static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** The query without trailing semicolons, so it can be wrapped in {@code COPY (…)}. */
    static String body(String sql) {
        String trimmed = sql.strip();
        while (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed;
    }
}
