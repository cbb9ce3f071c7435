package dev.dvt.compiler.jinja;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a macro receives for a keyword argument, whatever the value's spelling. */
class KeywordArgumentValuesTest {
    private final DvtTemplateEngine engine = new TestingEngine().build();
    private final RenderContext ctx = TestingEngine.ctx()
            .function(JavaMacro.of("kind(x)", a -> (a.get("x") instanceof java.util.Map ? "dict " : a.get("x") instanceof java.util.List
                    ? "list " : "other ") + a.get("x")));

    private String render(String template) {
        return engine.render(template, "m.sql", ctx);
    }

    @Test
    void aDictOfSeveralEntriesStaysADict() {
        // the persist_docs={'relation': true, 'columns': true} of a config() call
        assertThat(render("{{ kind(x={'a': 1, 'b': 2}) }}")).isEqualTo("dict {a=1, b=2}");
        assertThat(render("{{ kind(x = {'a': {'n': [1, 2]}, 'b': 'c,d'} ) }}")).isEqualTo("dict {a={n=[1, 2]}, b=c,d}");
        assertThat(render("{{ kind(x={'a': 1}) }}")).isEqualTo("dict {a=1}");
    }

    @Test
    void aListStaysAListAndExpressionsStillBind() {
        assertThat(render("{{ kind(x=['a', 'b']) }}")).isEqualTo("list [a, b]");
        assertThat(render("{{ kind(x=['a'] + ['b']) }}")).isEqualTo("list [a, b]");
        assertThat(render("{{ kind(x='a' ~ 'b') }}")).isEqualTo("other ab");
        assertThat(render("{{ kind(x={'a': 1}.a ) }}")).isEqualTo("other 1");
    }
}
