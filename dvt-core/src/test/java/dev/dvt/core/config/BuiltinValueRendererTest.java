package dev.dvt.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuiltinValueRendererTest {
    private static final Path FILE = Path.of("profiles.yml");
    private final RenderContext context = new RenderContext(
            Map.of("DBT_USER", "alice", "PORT", "5432", "FLAG", "True", "PAD", "  x  "),
            Map.of("schema_suffix", "dev", "n", 3)).at(FILE, 7, "p.outputs.dev.user");

    private Object render(String template) {
        return BuiltinValueRenderer.INSTANCE.render(template, context);
    }

    @Test
    void plainTextIsReturnedUnchanged() {
        assertThat(render("no jinja here")).isEqualTo("no jinja here");
    }

    @Test
    void envVarWithAndWithoutDefault() {
        assertThat(render("{{ env_var('DBT_USER') }}")).isEqualTo("alice");
        assertThat(render("{{ env_var(\"MISSING\", 'fallback') }}")).isEqualTo("fallback");
        assertThat(render("{{env_var('MISSING', 5)}}")).isEqualTo(5);
    }

    @Test
    void missingEnvVarNamesTheVariableFileAndLine() {
        assertThatThrownBy(() -> render("{{ env_var('DBT_PASSWORD') }}"))
                .isInstanceOfSatisfying(DvtException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
                    assertThat(e.getMessage()).contains("'DBT_PASSWORD'")
                            .contains("'p.outputs.dev.user'");
                    assertThat(e.file()).contains(FILE);
                    assertThat(e.line()).isEqualTo(7);
                });
    }

    @Test
    void singleExpressionsKeepTheirTypeAndMixedTextIsText() {
        assertThat(render("{{ env_var('PORT') | int }}")).isEqualTo(5432);
        assertThat(render("{{ env_var('MISSING', '5432') | int }}")).isEqualTo(5432);
        assertThat(render("{{ env_var('PORT') }}")).isEqualTo("5432");
        assertThat(render("{{ env_var('PORT') | as_number }}")).isEqualTo(5432);
        assertThat(render("{{ '2.5' | as_number }}")).isEqualTo(2.5);
        assertThat(render("{{ env_var('FLAG') | as_bool }}")).isEqualTo(true);
        assertThat(render("{{ 12 | as_text }}")).isEqualTo("12");
        assertThat(render("{{ 12 | string }}")).isEqualTo("12");
        assertThat(render("host-{{ env_var('PORT') | int }}:{{ var('n') }}"))
                .isEqualTo("host-5432:3");
    }

    @Test
    void textFiltersAndJinjaIntLeniency() {
        assertThat(render("{{ env_var('DBT_USER') | upper }}")).isEqualTo("ALICE");
        assertThat(render("{{ 'ABC' | lower }}")).isEqualTo("abc");
        assertThat(render("{{ env_var('PAD') | trim }}")).isEqualTo("x");
        assertThat(render("{{ 'abc' | int }}")).isEqualTo(0);
        assertThat(render("{{ '3.9' | int }}")).isEqualTo(3);
    }

    @Test
    void varReadsCliVarsWithDefaults() {
        assertThat(render("analytics_{{ var('schema_suffix') }}")).isEqualTo("analytics_dev");
        assertThat(render("{{ var('absent', 'd') }}")).isEqualTo("d");
        assertThatThrownBy(() -> render("{{ var('absent') }}"))
                .hasMessageContaining("Required var 'absent'").hasMessageContaining("--vars");
    }

    @Test
    void unsupportedJinjaAsksForTheFullEngine() {
        assertThatThrownBy(() -> render("{{ target.name }}"))
                .isInstanceOfSatisfying(DvtException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.COMPILATION);
                    assertThat(e.getMessage()).contains("full Jinja engine");
                    assertThat(e.line()).isEqualTo(7);
                });
        assertThatThrownBy(() -> render("{% if x %}a{% endif %}"))
                .hasMessageContaining("Jinja statement");
        assertThatThrownBy(() -> render("{{ 'a' | replace('a', 'b') }}"))
                .hasMessageContaining("filter 'replace'");
        assertThatThrownBy(() -> render("{{ env_var('X'")).hasMessageContaining("closing '}}'");
        assertThatThrownBy(() -> render("{{ as_bool }}")).hasMessageContaining("full Jinja");
        assertThatThrownBy(() -> render("{{ 'maybe' | as_bool }}"))
                .hasMessageContaining("not true or false");
    }
}
