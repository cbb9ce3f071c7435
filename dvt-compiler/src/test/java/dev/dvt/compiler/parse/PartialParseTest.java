package dev.dvt.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartialParseTest {

    @TempDir
    Path dir;

    /** Three models whose Jinja needs a real render (an {@code if}), one static. */
    private TestingProject project() {
        return new TestingProject(dir, "shop")
                .write("macros/m.sql", "{% macro one() %}1{% endmacro %}")
                .write("models/a.sql", "{% if true %}select {{ one() }} as id{% endif %}")
                .write("models/b.sql", "{% if true %}select * from {{ ref('a') }}{% endif %}")
                .write("models/c.sql", "{% if true %}select '{{ env_var('REGION', 'x') }}' as r{% endif %}")
                .write("models/d.sql", "select * from {{ ref('b') }}");
    }

    @Test
    void unchangedProjectRendersNothing() {
        TestingProject p = project();
        assertThat(p.parse().renderedFiles()).isEqualTo(3);
        ParsedProject again = p.parse();
        assertThat(again.renderedFiles()).isZero();
        assertThat(again.reusedFiles()).isEqualTo(4);
        assertThat(again.manifest().getNodes().get("model.shop.b").getDependsOn().getNodes())
                .containsExactly("model.shop.a");
    }

    @Test
    void changedAddedAndDeletedFilesAreTheOnlyOnesReparsed() {
        TestingProject p = project();
        p.parse();
        p.write("models/b.sql", "{% if true %}select id from {{ ref('a') }}{% endif %}")
                .write("models/e.sql", "{% if true %}select 2{% endif %}").delete("models/d.sql");
        ParsedProject again = p.parse();
        assertThat(again.renderedFiles()).isEqualTo(2);
        assertThat(again.manifest().getNodes()).containsKey("model.shop.e").doesNotContainKey("model.shop.d");
    }

    @Test
    void aMacroChangeReparsesEverything() {
        TestingProject p = project();
        p.parse();
        p.write("macros/m.sql", "{% macro one() %}2{% endmacro %}");
        assertThat(p.parse().renderedFiles()).isEqualTo(3);
    }

    @Test
    void anEnvVarChangeReparsesTheFilesThatReadIt() {
        TestingProject p = project();
        p.parse();
        p.env("REGION", "eu");
        assertThat(p.parse().renderedFiles()).isEqualTo(1);
    }

    @Test
    void propertiesChangesAreAppliedWithoutRendering() {
        TestingProject p = project();
        p.parse();
        p.write("models/props.yml", "models:\n  - name: a\n    config: {materialized: table}\n");
        ParsedProject again = p.parse();
        assertThat(again.renderedFiles()).isZero();
        assertThat(again.manifest().getNodes().get("model.shop.a").getConfig().getMaterialized()).isEqualTo("table");
    }

    @Test
    void noPartialParseAndAnUnreadableCacheParseEverything() throws Exception {
        TestingProject p = project();
        ParsedProject first = p.parse();
        assertThat(p.parseWithoutCache().renderedFiles()).isEqualTo(3);
        Files.writeString(first.config().targetPath().resolve("partial_parse.bin"), "garbage");
        assertThat(p.parse().renderedFiles()).isEqualTo(3);
    }
}
