package dev.dvt.compiler.runtime;

import static java.util.Objects.requireNonNull;

import dev.dvt.compiler.jinja.ResultTable;
import dev.dvt.compiler.jinja.StatementExecutor;
import dev.dvt.compiler.jinja.StatementResult;
import dev.dvt.spi.Adapter;
import dev.dvt.spi.AdapterResponse;
import dev.dvt.spi.QueryResult;

/**
 * Runs {@code {% call statement %}}, {@code run_query} and {@code adapter.execute} on an
 * {@link Adapter}. {@code auto_begin} opens a transaction on the thread's connection when none is
 * open, as dbt does; the materialization commits it.
 */
public final class AdapterStatements implements StatementExecutor {
    private final Adapter adapter;
    private volatile AdapterResponse lastResponse;

    public AdapterStatements(Adapter adapter) {
        this.adapter = requireNonNull(adapter, "adapter is null");
    }

    @Override
    public StatementResult execute(String sql, boolean fetch, boolean autoBegin) {
        if (autoBegin) {
            adapter.begin();
        }
        QueryResult result = adapter.execute(sql, fetch);
        lastResponse = result.response();
        return toStatementResult(result);
    }

    /** The response of the last statement run, null before the first. */
    public AdapterResponse lastResponse() {
        return lastResponse;
    }

    static StatementResult toStatementResult(QueryResult result) {
        AdapterResponse r = result.response();
        return new StatementResult(new StatementResult.Response(r.message(), r.code(), r.rowsAffected()),
                new ResultTable(result.columnNames(), result.columnTypes(), result.rows()));
    }
}
