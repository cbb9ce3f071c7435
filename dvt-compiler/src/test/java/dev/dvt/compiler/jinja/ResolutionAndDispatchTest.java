package dev.dvt.compiler.jinja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResolutionAndDispatchTest {

    private static final String PKG = """
            {% macro greet() %}{{ return(adapter.dispatch('greet', 'pkg')()) }}{% endmacro %}
            {% macro default__greet() %}{{ return('pkg default') }}{% endmacro %}
            {% macro postgres__greet() %}{{ return('pkg postgres') }}{% endmacro %}
            {% macro only_in_pkg() %}{{ return('pkg only') }}{% endmacro %}
            """;

    @Test
    void rootMacroOverridesGenerateSchemaName() {
        DvtTemplateEngine engine = new TestingEngine()
                .rootMacros("{% macro generate_schema_name(custom, node) %}{{ custom or 'main' }}{% endmacro %}")
                .build();
        RenderContext ctx = TestingEngine.ctx().set("target", Map.of("schema", "analytics"));
        assertThat(engine.render("{{ generate_schema_name('x', none) }}", "m.sql", ctx)).isEqualTo("x");
        assertThat(engine.render("{{ dbt.generate_schema_name('x', none) }}", "m.sql", ctx)).isEqualTo("analytics_x");
        assertThat(engine.callMacro("generate_schema_name", java.util.Arrays.asList(null, null), Map.of(), ctx))
                .isEqualTo("main");
    }

    @Test
    void rootDefaultImplementationOverridesBuiltinThroughDispatch() {
        DvtTemplateEngine engine = new TestingEngine()
                .rootMacros("{% macro default__type_string() %}{{ return('string_from_root') }}{% endmacro %}")
                .build();
        assertThat(engine.render("{{ dbt.type_string() }}", "m.sql", TestingEngine.ctx())).isEqualTo("string_from_root");
    }

    @Test
    void otherPackagesNeedQualifiedNames() {
        DvtTemplateEngine engine = new TestingEngine().macros("pkg", "pkg/m.sql", PKG).build();
        assertThat(engine.render("{{ pkg.only_in_pkg() }}", "m.sql", TestingEngine.ctx())).isEqualTo("pkg only");
        assertThatThrownBy(() -> engine.render("{{ only_in_pkg() }}", "m.sql", TestingEngine.ctx()))
                .isInstanceOf(DvtException.class).hasMessageContaining("only_in_pkg");
        assertThat(engine.render("{{ only_in_pkg() }}", "pkg/models/m.sql", RenderContext.forPackage("pkg")))
                .isEqualTo("pkg only");
    }

    @Test
    void dispatchPrefersAdapterChainThenDefault() {
        DvtTemplateEngine engine = new TestingEngine().macros("pkg", "pkg/m.sql", PKG).build();
        assertThat(engine.render("{{ pkg.greet() }}", "m.sql", TestingEngine.ctx())).isEqualTo("pkg default");
        assertThat(engine.render("{{ pkg.greet() }}", "m.sql",
                TestingEngine.ctx().adapterTypes(List.of("redshift", "postgres")))).isEqualTo("pkg postgres");
    }

    @Test
    void dispatchSearchesRootBeforeTheNamespace() {
        DvtTemplateEngine engine = new TestingEngine().macros("pkg", "pkg/m.sql", PKG)
                .rootMacros("{% macro default__greet() %}{{ return('root default') }}{% endmacro %}").build();
        assertThat(engine.render("{{ pkg.greet() }}", "m.sql", TestingEngine.ctx())).isEqualTo("root default");
        assertThat(engine.render("{{ pkg.greet() }}", "m.sql", TestingEngine.ctx().adapterTypes(List.of("postgres"))))
                .as("packages are searched one by one: the root's default__ beats the namespace's postgres__")
                .isEqualTo("root default");
    }

    @Test
    void dispatchConfigSetsTheSearchOrder() {
        DvtTemplateEngine engine = DvtTemplateEngine.builder(MacroLibrary.load(TestingEngine.ROOT, List.of(
                        new MacroSource("pkg", Path.of("pkg/m.sql"), PKG),
                        new MacroSource("shim", Path.of("shim/m.sql"),
                                "{% macro default__greet() %}{{ return('shim') }}{% endmacro %}"))))
                .dispatchSearchOrder("pkg", List.of("shim", "pkg")).build();
        assertThat(engine.render("{{ pkg.greet() }}", "m.sql", TestingEngine.ctx())).isEqualTo("shim");
    }

    @Test
    void dispatchWithoutMatchNamesTheAttempts() {
        DvtTemplateEngine engine = new TestingEngine().adapter("duckdb").build();
        assertThatThrownBy(() -> engine.render("{{ adapter.dispatch('nothing', 'dbt')() }}", "m.sql",
                TestingEngine.ctx()))
                .isInstanceOf(DvtException.class)
                .hasMessageContaining("my_project.duckdb__nothing")
                .hasMessageContaining("dbt.default__nothing");
    }

    @Test
    void adapterTypeAndJavaAdapterFunctions() {
        DvtTemplateEngine engine = new TestingEngine().adapter("duckdb").build();
        RenderContext ctx = TestingEngine.ctx()
                .adapterFunction(JavaMacro.of("quote(identifier)", a -> "\"" + a.string("identifier") + "\""));
        assertThat(engine.render("{{ adapter.type() }} {{ adapter.quote('x') }}", "m.sql", ctx))
                .isEqualTo("duckdb \"x\"");
    }
}
