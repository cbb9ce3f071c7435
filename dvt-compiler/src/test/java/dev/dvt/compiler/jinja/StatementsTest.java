package dev.dvt.compiler.jinja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementsTest {

    /** Records statements and answers each with a two-column table. */
    private static final class FakeExecutor implements StatementExecutor {
        final List<String> sql = new ArrayList<>();

        @Override
        public StatementResult execute(String statement, boolean fetch, boolean autoBegin) {
            sql.add(statement.strip() + (fetch ? " [fetch]" : "") + (autoBegin ? " [begin]" : ""));
            ResultTable table = fetch
                    ? new ResultTable(List.of("id", "name"), List.of("integer", "text"),
                            List.of(List.of(1L, "a"), List.of(2L, "b")))
                    : ResultTable.empty();
            return new StatementResult(new StatementResult.Response("SELECT 2", "SELECT", 2), table);
        }
    }

    private final DvtTemplateEngine engine = new TestingEngine().build();

    @Test
    void statementAndLoadResult() {
        FakeExecutor executor = new FakeExecutor();
        RenderContext ctx = TestingEngine.ctx().execute(true).statementExecutor(executor);
        String out = engine.render("""
                {%- call statement('ids', fetch_result=True) -%}
                  select id, name from t
                {%- endcall -%}
                {%- set result = load_result('ids') -%}
                {{ result['response'] }}|{{ result['data'] }}|{{ result['table'].columns[0].values() }}|\
                {{ result['table'].rows[1]['name'] }}|{{ result['table'].column_names }}|\
                {{ result.table.columns['name'].values() }}""", "m.sql", ctx);
        assertThat(out).isEqualTo("SELECT 2|[[1, 'a'], [2, 'b']]|[1, 2]|b|['id', 'name']|['a', 'b']");
        assertThat(executor.sql).containsExactly("select id, name from t [fetch] [begin]");
    }

    @Test
    void runQueryReturnsTheTable() {
        FakeExecutor executor = new FakeExecutor();
        RenderContext ctx = TestingEngine.ctx().execute(true).statementExecutor(executor);
        String out = engine.render("{% set t = run_query('select 1') %}{% for row in t.rows %}{{ row[0] }}{% endfor %}",
                "m.sql", ctx);
        assertThat(out).isEqualTo("12");
        assertThat(executor.sql).containsExactly("select 1 [fetch]");
    }

    @Test
    void statementsDoNotRunWhileParsing() {
        FakeExecutor executor = new FakeExecutor();
        RenderContext ctx = TestingEngine.ctx().statementExecutor(executor);
        assertThat(engine.render("{% call statement('x') %}drop table t{% endcall %}[{{ load_result('x') }}]",
                "m.sql", ctx)).isEqualTo("[]");
        assertThat(executor.sql).isEmpty();
    }

    @Test
    void adapterExecuteWithoutExecutorIsAClearError() {
        assertThatThrownBy(() -> engine.render("{% set r, t = adapter.execute('select 1', fetch=True) %}", "m.sql",
                TestingEngine.ctx().execute(true)))
                .hasMessageContaining("no database connection");
    }

    @Test
    void columnsAreAMappingAndDatesPrintLikePython() {
        ResultTable table = new ResultTable(List.of("d", "ts", "n"), List.of("date", "timestamp", "integer"),
                List.of(List.of(java.sql.Date.valueOf("2017-01-02"),
                        java.sql.Timestamp.valueOf("2017-01-01 10:11:12.5"), 3L)));
        RenderContext ctx = TestingEngine.ctx().execute(true).statementExecutor((sql, fetch, begin) ->
                new StatementResult(new StatementResult.Response("OK", "SELECT", 1), table));
        String out = engine.render("""
                {%- set cols = run_query('select 1').columns -%}
                {%- for name, column in cols.items() %}{{ name }}={{ column.values()[0] }};{% endfor -%}
                {{ cols.keys() }}|{{ cols['ts'].values()[0].strftime('%Y') }}|{{ cols[1].values()[0].isoformat() }}                """, "m.sql", ctx);
        assertThat(out).isEqualTo("d=2017-01-02;ts=2017-01-01 10:11:12.500000;n=3;['d', 'ts', 'n']|2017|"
                + "2017-01-01T10:11:12.500000");
    }
}
