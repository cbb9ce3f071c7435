package dev.dvt.compiler.jinja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ErrorsTest {

    private static DvtException failure(DvtTemplateEngine engine, String template) {
        try {
            engine.render(template, "models/m.sql", TestingEngine.ctx());
        } catch (DvtException e) {
            return e;
        }
        throw new AssertionError("render did not fail");
    }

    @Test
    void syntaxErrorNamesTemplateAndLine() {
        DvtException e = failure(new TestingEngine().build(), "select 1\n{% if x %}\nfrom t\n");
        assertThat(e.code()).isEqualTo(ErrorCode.COMPILATION);
        assertThat(e.file()).contains(Path.of("models/m.sql"));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).isEqualTo("Syntax error in '{% if x %}': Missing end tag: endif for tag defined as: {% if x %}");
    }

    @Test
    void undefinedMacroIsAnErrorAtItsLine() {
        DvtException e = failure(new TestingEngine().build(), "select\n\n{{ missing_macro(1) }}");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("missing_macro");
    }

    @Test
    void raiseCompilerErrorInsideAMacroNamesTheMacroFile() {
        DvtTemplateEngine engine = new TestingEngine()
                .macros(TestingEngine.ROOT, "macros/checks.sql", """
                        {% macro check(x) %}
                          {% if x > 1 %}
                            {{ exceptions.raise_compiler_error('x is too big: ' ~ x) }}
                          {% endif %}
                          fine
                        {% endmacro %}
                        """).build();
        DvtException e = failure(engine, "select\n{{ check(5) }}\n{{ log('never reached') }}");
        assertThat(e.getMessage()).isEqualTo("x is too big: 5");
        assertThat(e.file()).contains(Path.of("macros/checks.sql"));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.describe()).isEqualTo("macros/checks.sql, line 3: x is too big: 5");
    }

    @Test
    void raiseStopsRenderingAtOnce() {
        StringBuilder calls = new StringBuilder();
        DvtTemplateEngine engine = new TestingEngine().build();
        RenderContext ctx = TestingEngine.ctx().function(JavaMacro.of("track(x)", a -> calls.append(a.get("x"))));
        assertThatThrownBy(() -> engine.render("{{ track(1) }}{{ exceptions.raise_compiler_error('stop') }}"
                + "{{ track(2) }}", "m.sql", ctx)).hasMessage("stop");
        assertThat(calls.toString()).isEqualTo("1");
    }

    @Test
    void javaFunctionErrorsKeepTheirCodeAndGetALocation() {
        DvtTemplateEngine engine = new TestingEngine().build();
        RenderContext ctx = TestingEngine.ctx().function(JavaMacro.of("ref(name)", a -> {
            throw new DvtException(ErrorCode.PARSE, "model '" + a.get("name") + "' not found");
        }));
        assertThatThrownBy(() -> engine.render("\n\nselect * from {{ ref('nope') }}", "models/m.sql", ctx))
                .isInstanceOfSatisfying(DvtException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PARSE);
                    assertThat(e.getMessage()).isEqualTo("model 'nope' not found");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.file()).contains(Path.of("models/m.sql"));
                });
    }

    @Test
    void wrongArgumentsAreErrors() {
        DvtTemplateEngine engine = new TestingEngine().rootMacros("{% macro m(a) %}{{ a }}{% endmacro %}").build();
        assertThat(failure(engine, "{{ m(1, 2) }}").getMessage()).contains("takes not more than 1 argument");
        assertThat(failure(engine, "{{ m(a=1, b=2) }}").getMessage()).contains("no keyword argument 'b'");
        RenderContext ctx = TestingEngine.ctx().function(JavaMacro.of("f(a)", a -> a.get("a")));
        assertThatThrownBy(() -> engine.render("{{ f(1, z=2) }}", "m.sql", ctx))
                .hasMessageContaining("unexpected keyword argument 'z'");
    }

    @Test
    void syntaxErrorInAMacroFileFailsTheEngineWithThatFile() {
        assertThatThrownBy(() -> new TestingEngine()
                .macros(TestingEngine.ROOT, "macros/bad.sql", "{% macro m() %}\n{% if x %}\n{% endmacro %}")
                .build())
                .isInstanceOfSatisfying(DvtException.class, e -> {
                    assertThat(e.file()).contains(Path.of("macros/bad.sql"));
                    assertThat(e.line()).as("jinjava reports the unclosed if where the macro ends").isEqualTo(3);
                    assertThat(e.getMessage()).contains("endif");
                });
    }
}
