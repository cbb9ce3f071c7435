package dev.dvt.compiler.jinja;

/**
 * Runs the SQL of {@code {% call statement(...) %}}, {@code run_query()} and {@code adapter.execute()}.
 * The runner implements it over its connection; renders without one fail when a statement runs.
 */
@FunctionalInterface
public interface StatementExecutor {

    /**
     * @param sql the rendered statement
     * @param fetch whether the caller wants the rows back ({@code fetch_result=True})
     * @param autoBegin dbt's {@code auto_begin}: open a transaction first where the adapter uses them
     * @return the outcome; its table is empty when {@code fetch} is false
     */
    StatementResult execute(String sql, boolean fetch, boolean autoBegin);
}
