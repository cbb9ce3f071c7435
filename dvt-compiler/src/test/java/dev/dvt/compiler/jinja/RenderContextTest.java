package dev.dvt.compiler.jinja;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the parser and the runner plug their functions and values in. */
class RenderContextTest {

    /** A relation as callers expose it: JavaBean getters, printed as its SQL name. */
    public static final class Relation implements com.hubspot.jinjava.objects.serialization.PyishSerializable {
        private final String schema;
        private final String identifier;

        Relation(String schema, String identifier) {
            this.schema = schema;
            this.identifier = identifier;
        }

        public String getSchema() {
            return schema;
        }

        public String getIdentifier() {
            return identifier;
        }

        @Override
        public String toString() {
            return "\"" + schema + "\".\"" + identifier + "\"";
        }

        @Override
        public <T extends Appendable & CharSequence> T appendPyishString(T appendable) throws java.io.IOException {
            return (T) appendable.append(toString());
        }
    }

    @Test
    void parsePhaseCapturesRefSourceAndConfig() {
        DvtTemplateEngine engine = new TestingEngine()
                .rootMacros("{% macro cents(col) %}({{ col }} / 100){% endmacro %}").build();
        List<String> refs = new ArrayList<>();
        Map<String, Object> config = new LinkedHashMap<>();
        RenderContext ctx = TestingEngine.ctx()
                .function(JavaMacro.of("ref(package_or_name, name=None, version=None, v=None)", a -> {
                    refs.add(a.string("name") == null ? a.string("package_or_name")
                            : a.string("package_or_name") + "." + a.string("name"));
                    return new Relation("s", a.string("package_or_name"));
                }))
                .function(JavaMacro.of("config(**kwargs)", a -> {
                    config.putAll(a.kwargs());
                    return "";
                }));
        String sql = engine.render("""
                {{ config(materialized='table', tags=['a']) }}
                select {{ cents('amount') }} from {{ ref('orders') }} join {{ ref('pkg', 'customers') }}
                {% if execute %}{{ run_query('select 1') }}{% endif %}""", "models/m.sql", ctx);
        assertThat(refs).containsExactly("orders", "pkg.customers");
        assertThat(config).containsEntry("materialized", "table").containsEntry("tags", List.of("a"));
        assertThat(sql.strip()).isEqualTo("select (amount / 100) from \"s\".\"orders\" join \"s\".\"pkg\"");
    }

    @Test
    void beansAndGlobals() {
        DvtTemplateEngine engine = DvtTemplateEngine.builder(MacroLibrary.load(TestingEngine.ROOT, List.of()))
                .global("target", Map.of("name", "dev", "schema", "main"))
                .globalFunction(JavaMacro.of("var(name, default=None)", a -> a.string("name").equals("x") ? 7L
                        : a.get("default")))
                .build();
        RenderContext ctx = TestingEngine.ctx().set("this", new Relation("main", "m"));
        assertThat(engine.render("{{ this }} {{ this.identifier }} {{ this.schema }} {{ target.name }} "
                + "{{ var('x') + 1 }} {{ var('y', 'd') }}", "m.sql", ctx)).isEqualTo("\"main\".\"m\" m main dev 8 d");
    }

    @Test
    void isIncrementalFollowsTheRunnerState() {
        DvtTemplateEngine engine = new TestingEngine().build();
        String template = "{% if is_incremental() %}inc{% else %}full{% endif %} {{ should_full_refresh() }}";
        assertThat(engine.render(template, "m.sql", TestingEngine.ctx())).isEqualTo("full False");
        RenderContext incremental = TestingEngine.ctx()
                .incremental(new RenderContext.IncrementalState("incremental", true, false, null));
        assertThat(engine.render(template, "m.sql", incremental)).isEqualTo("inc False");
        RenderContext flagged = TestingEngine.ctx()
                .incremental(new RenderContext.IncrementalState("incremental", true, true, null));
        assertThat(engine.render(template, "m.sql", flagged)).isEqualTo("full True");
        RenderContext configWins = TestingEngine.ctx()
                .incremental(new RenderContext.IncrementalState("incremental", true, true, false));
        assertThat(engine.render(template, "m.sql", configWins)).isEqualTo("inc False");
    }

    @Test
    void macrosDefinedInATemplateStayInThatRender() {
        DvtTemplateEngine engine = new TestingEngine().build();
        assertThat(engine.render("{% macro local() %}L{% endmacro %}{{ local() }}", "a.sql", TestingEngine.ctx()))
                .isEqualTo("L");
        assertThat(engine.hasMacro(TestingEngine.ROOT, "local")).isFalse();
    }
}
