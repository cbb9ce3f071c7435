package dev.dvt.compiler.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.artifacts.manifest.CompiledNode;
import dev.dvt.compiler.parse.ParsedProject;
import dev.dvt.compiler.parse.TestingProject;
import dev.dvt.core.DvtException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeCompilerTest {

    @TempDir
    Path dir;

    private TestingProject project() {
        return new TestingProject(dir, "shop")
                .write("models/sources.yml", """
                        sources:
                          - name: raw
                            connection: warehouse
                            schema: landing
                            quoting: {identifier: false}
                            tables: [{name: orders}]
                        """);
    }

    private static CompiledNode compile(ParsedProject parsed, String id) {
        return new NodeCompiler(parsed).compile((CompiledNode) parsed.manifest().getNodes().get(id),
                CompileContext.offline());
    }

    @Test
    void rendersRefsAndSourcesAsQuotedRelationsAndWritesTheFile() throws Exception {
        ParsedProject parsed = project()
                .write("models/a.sql", "select 1 as id")
                .write("models/b.sql", "select * from {{ ref('a') }} join {{ source('raw', 'orders') }} using (id)"
                        + " -- {{ this.identifier }}")
                .parse();
        CompiledNode b = compile(parsed, "model.shop.b");
        assertThat(b.getCompiledCode()).isEqualTo("select * from \"db\".\"main\".\"a\" join "
                + "\"wh\".\"landing\".orders using (id) -- b");
        assertThat(b.getCompiled()).isTrue();
        assertThat(Files.readString(parsed.config().targetPath().resolve("compiled/shop/models/b.sql")))
                .isEqualTo(b.getCompiledCode());
    }

    @Test
    void injectsNestedEphemeralModelsAsCtes() {
        ParsedProject parsed = project()
                .write("models/e1.sql", "{{ config(materialized='ephemeral') }}select 1 as id")
                .write("models/e2.sql", "{{ config(materialized='ephemeral') }}select * from {{ ref('e1') }}")
                .write("models/m.sql", "select * from {{ ref('e2') }}")
                .write("models/w.sql", "with x as (select * from {{ ref('e1') }}) select * from x")
                .parse();
        CompiledNode m = compile(parsed, "model.shop.m");
        // dbt joins CTEs with ", " and each starts with a space, hence two spaces.
        assertThat(m.getCompiledCode()).isEqualTo("with __dbt__cte__e1 as (\nselect 1 as id\n), "
                + " __dbt__cte__e2 as (\nselect * from __dbt__cte__e1\n)select * from __dbt__cte__e2");
        assertThat(m.getExtraCtes()).extracting(c -> c.getId()).containsExactly("model.shop.e1", "model.shop.e2");
        assertThat(m.getExtraCtesInjected()).isTrue();
        CompiledNode w = compile(parsed, "model.shop.w");
        assertThat(w.getCompiledCode()).isEqualTo("with __dbt__cte__e1 as (\nselect 1 as id\n), x as "
                + "(select * from __dbt__cte__e1) select * from x");
    }

    @Test
    void resolvesVarsEnvVarsAndConfigWithTheFileWinning() {
        ParsedProject parsed = project()
                .vars("{limit: 5}")
                .env("REGION", "eu")
                .write("models/v.sql", "{{ config(materialized='table') }}"
                        + "select '{{ env_var('REGION') }}' as r, {{ var('limit') }} as l, "
                        + "'{{ config.get('materialized') }}' as m, '{{ var('missing', 'd') }}' as d")
                .write("models/props.yml", "models:\n  - name: v\n    config: {materialized: view}\n")
                .parse();
        CompiledNode v = compile(parsed, "model.shop.v");
        assertThat(v.getCompiledCode()).isEqualTo("select 'eu' as r, 5 as l, 'table' as m, 'd' as d");
        assertThat(v.getConfig().getMaterialized()).isEqualTo("table");
    }

    @Test
    void compilesInlineSqlAndRefusesIntrospectionWithoutADatabase() {
        ParsedProject parsed = project().write("models/a.sql", "select 1 as id")
                .write("models/q.sql", "{% set r = run_query('select 1') %}select 1").parse();
        NodeCompiler compiler = new NodeCompiler(parsed);
        assertThat(compiler.compileInline("select * from {{ ref('a') }}", CompileContext.offline()))
                .isEqualTo("select * from \"db\".\"main\".\"a\"");
        assertThatThrownBy(() -> compile(parsed, "model.shop.q")).isInstanceOf(DvtException.class)
                .hasMessageContaining("needs a database connection");
    }

    @Test
    void relationsAreMappingsAndApiExistsAtParseAndCompileTime() {
        // The guard dbt_utils runs on its arguments, both at parse time and at compile time.
        ParsedProject parsed = project()
                .write("macros/guard.sql", """
                        {% macro guard(obj) %}
                          {%- if not (obj is mapping and obj.get('metadata', {}).get('type', '').endswith('Relation')) -%}
                            {%- do exceptions.raise_compiler_error('not a relation: ' ~ obj) -%}
                          {%- endif -%}
                          {{- obj.get('path').identifier }}/{{ obj.get('missing', 'd') -}}
                        {% endmacro %}
                        """)
                .write("models/a.sql", "{{ config(materialized='ephemeral') }}select 1 as id")
                .write("models/b.sql", "select '{{ guard(ref('a')) }}', '{{ api.Relation.add_ephemeral_prefix('a') }}',"
                        + " {{ ref('a').is_cte }}, '{{ api.Relation.create(schema='s', identifier='t') }}',"
                        + " {{ 'x' is mapping }}")
                .parse();
        CompiledNode b = compile(parsed, "model.shop.b");
        assertThat(b.getCompiledCode()).endsWith("select '__dbt__cte__a/d', '__dbt__cte__a', True, "
                + "'\"s\".\"t\"', False");
    }

    @Test
    void genericTestKwargsRenderNativelyAndLoadRelationIsAContextFunction() {
        ParsedProject parsed = project()
                .write("macros/is_rel.sql", """
                        {% test is_rel(model, other, types) %}
                        select '{{ model.identifier }}', {{ model is mapping }}, '{{ other.identifier }}', {{ types }}
                        {% endtest %}
                        """)
                .write("models/a.sql", "select 1 as id")
                .write("models/b.sql", "select '{{ load_relation(ref('a')) }}' as l")
                .write("models/a.yml", "models:\n  - name: a\n    data_tests: [{is_rel: {other: ref('b'), types: [date, '{{ 1 + 1 }}']}}]\n")
                .parse();
        String testId = parsed.manifest().getNodes().keySet().stream().filter(id -> id.startsWith("test."))
                .findFirst().orElseThrow();
        assertThat(compile(parsed, testId).getCompiledCode().strip()).isEqualTo("select 'a', True, 'b', ['date', 2]");
        CompiledNode b = new NodeCompiler(parsed).compile((CompiledNode) parsed.manifest().getNodes()
                .get("model.shop.b"), CompileContext.builder()
                .adapterFunction(dev.dvt.compiler.jinja.JavaMacro.of("load_relation(relation)",
                        a -> "loaded " + ((dev.dvt.compiler.runtime.JinjaRelation) a.get("relation")).getIdentifier()))
                .build());
        assertThat(b.getCompiledCode()).isEqualTo("select 'loaded a' as l");
    }

    @Test
    void configInAGenericTestMacroBodyAppliesUnlessTheYamlSetsIt() {
        ParsedProject parsed = project()
                .write("macros/diff.sql", """
                        {% test diff(model) %}
                        {{ config(fail_calc='sum(d)', warn_if='>5') }}
                        select 1 as d
                        {% endtest %}
                        """)
                .write("models/a.sql", "select 1 as id")
                .write("models/a.yml", "models:\n  - name: a\n    data_tests: [{diff: {config: {warn_if: '>9'}}}]\n")
                .parse();
        String testId = parsed.manifest().getNodes().keySet().stream().filter(id -> id.startsWith("test."))
                .findFirst().orElseThrow();
        CompiledNode test = compile(parsed, testId);
        assertThat(test.getConfig().get("fail_calc")).isEqualTo("sum(d)");
        assertThat(test.getConfig().get("warn_if")).isEqualTo(">9");
    }
}
