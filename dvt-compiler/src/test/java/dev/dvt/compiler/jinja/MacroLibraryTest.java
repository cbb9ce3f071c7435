package dev.dvt.compiler.jinja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MacroLibraryTest {

    private static final String FILE = """
            {% docs orders %}
            Not a macro: {{ this is ignored }}
            {% enddocs %}
            {% macro first(a) -%}
              {{ second(a) }} {{ dbt.type_string() }} {{ utils.helper() }} {{ x.append(1) }}
            {%- endmacro %}

            {% macro second(a) %}{{ a }}{% endmacro %}
            {%- test positive(model, column_name) -%}
              select * from {{ model }} where {{ column_name }} < 0
            {%- endtest -%}
            {% materialization table, adapter='duckdb' %}{{ return({'relations': []}) }}{% endmaterialization %}
            {% materialization view, default %}{% endmaterialization %}
            """;

    private static MacroLibrary library() {
        return MacroLibrary.load("proj", List.of(new MacroSource("proj", Path.of("macros/a.sql"), FILE),
                new MacroSource("utils", Path.of("dbt_packages/utils/macros/h.sql"),
                        "{% macro helper() %}h{% endmacro %}")));
    }

    @Test
    void collectsMacrosTestsAndMaterializationsWithLinesAndSource() {
        MacroLibrary lib = library();
        MacroDefinition first = lib.find("proj", "first").orElseThrow();
        assertThat(first.line()).isEqualTo(4);
        assertThat(first.file()).isEqualTo(Path.of("macros/a.sql"));
        assertThat(first.source()).startsWith("{% macro first(a) -%}").endsWith("{%- endmacro %}");
        assertThat(first.uniqueId()).isEqualTo("macro.proj.first");
        assertThat(first.calls()).containsExactly("macro.proj.second", "macro.dbt.type_string", "macro.utils.helper");

        MacroDefinition test = lib.find("proj", "test_positive").orElseThrow();
        assertThat(test.kind()).isEqualTo(MacroKind.TEST);
        assertThat(test.line()).isEqualTo(9);
        assertThat(lib.find("proj", "materialization_table_duckdb").orElseThrow().kind())
                .isEqualTo(MacroKind.MATERIALIZATION);
        assertThat(lib.find("proj", "materialization_view_default")).isPresent();
        assertThat(lib.find("proj", "orders")).isEmpty();
        assertThat(lib.packages()).startsWith("dbt").contains("proj", "utils");
    }

    @Test
    void testsAndMaterializationsAreCallableUnderTheirRegisteredNames() {
        DvtTemplateEngine engine = DvtTemplateEngine.builder(library()).build();
        RenderContext ctx = RenderContext.forPackage("proj");
        assertThat(engine.render("{{ test_positive('t', 'c') }}", "m.sql", ctx))
                .isEqualTo("select * from t where c < 0");
        assertThat(engine.callMacro("materialization_table_duckdb", List.of(), java.util.Map.of(), ctx))
                .isEqualTo(java.util.Map.of("relations", List.of()));
        assertThat(engine.render("{{ first('z') }}", "m.sql", ctx)).isEqualTo("z varchar h ");
    }

    @Test
    void unqualifiedNamesResolveRootThenDbtButNotOtherPackages() {
        MacroLibrary lib = library();
        assertThat(lib.resolveCall("proj", "type_string").orElseThrow().packageName()).isEqualTo("dbt");
        assertThat(lib.resolveCall("proj", "helper")).isEmpty();
        assertThat(lib.resolveCall("proj", "utils.helper")).isPresent();
        assertThat(lib.resolveCall("utils", "helper")).isPresent();
    }

    @Test
    void duplicateMacroInAPackageIsAnError() {
        assertThatThrownBy(() -> MacroLibrary.load("p", List.of(
                new MacroSource("p", Path.of("a.sql"), "{% macro m() %}{% endmacro %}"),
                new MacroSource("p", Path.of("b.sql"), "\n{% macro m() %}{% endmacro %}"))))
                .isInstanceOfSatisfying(DvtException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PARSE);
                    assertThat(e.file()).contains(Path.of("b.sql"));
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void unclosedMacroIsAnError() {
        assertThatThrownBy(() -> MacroLibrary.load("p", List.of(
                new MacroSource("p", Path.of("a.sql"), "x\n{% macro m() %}"))))
                .isInstanceOfSatisfying(DvtException.class, e -> assertThat(e.line()).isEqualTo(2));
    }
}
