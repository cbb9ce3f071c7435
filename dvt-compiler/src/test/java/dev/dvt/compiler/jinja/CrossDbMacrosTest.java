package dev.dvt.compiler.jinja;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in dbt package's cross-database macros, for default, duckdb and postgres. */
class CrossDbMacrosTest {

    private static String render(String adapter, String template) {
        DvtTemplateEngine engine = new TestingEngine().build();
        RenderContext ctx = TestingEngine.ctx();
        if (!adapter.equals("default")) {
            ctx.adapterTypes(java.util.List.of(adapter));
        }
        return engine.render(template, "models/m.sql", ctx).strip().replaceAll("\\s+", " ");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiterString = " @ ", quoteCharacter = '`', value = {
        "type_string() @ default @ varchar", "type_string() @ duckdb @ varchar", "type_string() @ postgres @ text",
        "type_timestamp() @ default @ timestamp", "type_timestamp() @ postgres @ timestamp without time zone",
        "type_float() @ duckdb @ double", "type_float() @ postgres @ float", "type_numeric() @ default @ numeric(28,6)",
        "type_bigint() @ duckdb @ bigint", "type_int() @ postgres @ integer", "type_boolean() @ duckdb @ boolean",
        "current_timestamp() @ default @ current_timestamp", "current_timestamp() @ duckdb @ now()",
        "current_timestamp() @ postgres @ now()",
        "current_timestamp_backcompat() @ postgres @ current_timestamp::timestamp without time zone",
        "dateadd('day', 3, 'd') @ default @ dateadd(day, 3, d)",
        "dateadd('day', 3, 'd') @ duckdb @ date_add(d, interval (3) day)",
        "dateadd('day', 3, 'd') @ postgres @ d + ((interval '1 day') * (3))",
        "datediff('a', 'b', 'day') @ default @ datediff(day, a, b)",
        "datediff('a', 'b', 'day') @ duckdb @ date_diff('day', (a)::timestamp, (b)::timestamp)",
        "datediff('a', 'b', 'day') @ postgres @ ((b)::date - (a)::date)",
        "date_trunc('month', 'd') @ default @ date_trunc('month', d)",
        "date_trunc('month', 'd') @ postgres @ date_trunc('month', d)",
        "last_day('d', 'month') @ duckdb @ cast(date_add(date_add(date_trunc('month', d), interval (1) month), interval (-1) day) as date)",
        "concat(['a', 'b']) @ postgres @ a || b", "concat(['a', 'b']) @ mysql @ concat(a, b)",
        "hash('x') @ default @ md5(cast(x as varchar))", "hash('x') @ postgres @ md5(cast(x as text))",
        "safe_cast('x', 'int') @ duckdb @ try_cast(x as int)", "safe_cast('x', 'int') @ postgres @ cast(x as int)",
        "cast('x', 'int') @ default @ cast(x as int)", "cast_bool_to_text('b') @ duckdb @ cast(b as varchar)",
        "split_part('s', \"','\", 2) @ postgres @ split_part(s, ',', 2)",
        "listagg('x') @ postgres @ string_agg(x, ',')", "listagg('x', \"'|'\", 'order by x') @ duckdb @ string_agg(x, '|' order by x)",
        "listagg('x') @ default @ listagg(x, ',')",
        "any_value('x') @ postgres @ min(x)", "any_value('x') @ duckdb @ any_value(x)", "bool_or('x') @ default @ bool_or(x)",
        "position(\"'a'\", 's') @ default @ position('a' in s)", "length('s') @ duckdb @ length(s)",
        "replace('f', \"'a'\", \"'b'\") @ postgres @ replace(f, 'a', 'b')", "right('s', 2) @ duckdb @ right(s, 2)",
        "escape_single_quotes(\"it's\") @ postgres @ it''s", "string_literal('x') @ default @ 'x'",
        "except() @ postgres @ except", "intersect() @ duckdb @ intersect",
        "array_construct(['1', '2']) @ postgres @ array[ 1 , 2 ]", "array_construct(['1', '2']) @ duckdb @ [ 1 , 2 ]",
        "array_append('a', '1') @ duckdb @ list_append(a, 1)", "array_concat('a', 'b') @ postgres @ array_cat(a, b)",
        "date(2024, 3, 5) @ default @ cast('2024-03-05' as date)",
    })
    void rendersPerAdapter(String call, String adapter, String expected) {
        assertThat(render(adapter, "{{ dbt." + call + " }}")).isEqualTo(expected);
    }

    @Test
    void generateSeriesCountsToTheBound() {
        String sql = render("duckdb", "{{ dbt.generate_series(5) }}");
        assertThat(sql).contains("p2.generated_number * power(2, 2)").doesNotContain("p3")
                .endsWith("where generated_number <= 5 order by generated_number");
    }

    @Test
    void schemaAliasAndDatabaseNames() {
        DvtTemplateEngine engine = new TestingEngine().build();
        RenderContext ctx = TestingEngine.ctx()
                .set("target", Map.of("schema", "analytics", "database", "warehouse", "name", "dev"))
                .set("node", Map.of("name", "orders"));
        assertThat(engine.render("{{ generate_schema_name(none, node) }}|{{ generate_schema_name(' sales ', node) }}|"
                + "{{ generate_schema_name_for_env('sales', node) }}|{{ generate_alias_name(none, node) }}|"
                + "{{ generate_alias_name('o2', node) }}|{{ generate_database_name(none, node) }}",
                "models/m.sql", ctx)).isEqualTo("analytics|analytics_sales|analytics|orders|o2|warehouse");
    }
}
