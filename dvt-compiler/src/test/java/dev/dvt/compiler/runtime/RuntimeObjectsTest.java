package dev.dvt.compiler.runtime;

import static dev.dvt.compiler.runtime.TestingRuntime.model;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.compiler.jinja.RenderContext;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeObjectsTest {
    @TempDir
    Path dir;

    private TestingRuntime rt;

    @BeforeEach
    void open() {
        rt = new TestingRuntime(dir);
        rt.adapter.execute("create table people (id integer, name varchar(20))", false);
    }

    @AfterEach
    void close() {
        rt.close();
    }

    private String render(String template) {
        RenderContext ctx = rt.executor.prepare(model("people", "table", "select 1", Map.of()),
                RenderContext.forPackage(TestingRuntime.PROJECT), ExecutionFlags.NONE);
        return rt.engine.render(template, "models/people.sql", ctx);
    }

    @Test
    void relationAttributesAndKeywordMethods() {
        assertThat(render("{{ this }}|{{ this.identifier }}|{{ this.schema }}|{{ this.include(database=False) }}"))
                .isEqualTo("\"dev\".\"main\".\"people\"|people|main|\"main\".\"people\"");
        assertThat(render("{% set r = this.incorporate(path={'identifier': 'x'}, type='view') %}"
                + "{{ r.identifier }} {{ 'V' if r.is_view }}{{ 'T' if r.is_table }} {{ r.type }}"))
                .isEqualTo("x V view");
        assertThat(render("{{ this.quote(schema=False).render() }}")).isEqualTo("\"dev\".main.\"people\"");
    }

    @Test
    void apiAndAdapterLookups() {
        assertThat(render("{% set r = api.Relation.create(database='dev', schema='main', identifier='people') %}"
                + "{{ 'table' if adapter.get_relation(r.database, r.schema, r.identifier).is_table }}"
                + "|{{ 'none' if adapter.get_relation('dev', 'main', 'nope') is none }}"
                + "|{{ load_relation(this).type }}"))
                .isEqualTo("table|none|table");
        assertThat(render("{% for c in adapter.get_columns_in_relation(this) %}{{ c.name }}:{{ c.data_type }}"
                + ":{{ 's' if c.is_string() else 'n' }};{% endfor %}"))
                .isEqualTo("id:INTEGER:n;name:VARCHAR:s;");
        assertThat(render("{{ api.Column.create('amount', 'numeric(10,2)').data_type }}"))
                .isEqualTo("numeric(10,2)");
        assertThat(render("{{ 'yes' if adapter.check_schema_exists('dev', 'main') }} {{ adapter.quote('a\"b') }}"))
                .isEqualTo("yes \"a\"\"b\"");
    }

    @Test
    void runQueryAndConfigObject() {
        assertThat(render("{% set t = run_query('select count(*) as n from people') %}{{ t.columns[0].values()[0] }}"))
                .isEqualTo("0");
        assertThat(render("{{ config.get('materialized') }} {{ config.get('nope', 'dflt') }}"))
                .isEqualTo("table dflt");
    }
}
