package dev.dvt.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dvt.core.DvtException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseErrorsTest {

    @TempDir
    Path dir;

    private TestingProject project() {
        return new TestingProject(dir, "shop").write("models/sources.yml", """
                sources:
                  - name: raw
                    connection: warehouse
                    tables: [{name: orders}]
                """);
    }

    private static DvtException fail(TestingProject p) {
        return catchThrowableOfType(DvtException.class, p::parse);
    }

    @Test
    void unknownRefNamesTheNodeItsFileAndACloseMatch() {
        DvtException e = fail(project().write("models/customers.sql", "select 1")
                .write("models/orders.sql", "select * from {{ ref('customer') }}"));
        assertThat(e.getMessage()).contains("model.shop.orders", "models/orders.sql", "'customer'",
                "was not found", "Did you mean 'customers'?");
        assertThat(e.file()).contains(dir.resolve("models/orders.sql"));
    }

    @Test
    void unknownSource() {
        DvtException e = fail(project().write("models/o.sql", "select * from {{ source('raw', 'order') }}"));
        assertThat(e.getMessage()).contains("source named 'raw.order' which was not found", "Did you mean 'raw.orders'?");
    }

    @Test
    void unknownMacroAtParseTimeNamesFileAndLine() {
        DvtException e = fail(project().write("models/o.sql", "select 1\n{{ no_such_macro() }}"));
        assertThat(e.getMessage()).contains("no_such_macro");
        assertThat(e.file().map(Path::getFileName)).contains(Path.of("o.sql"));
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void jinjaSyntaxErrorNamesFileAndLine() {
        DvtException e = fail(project().write("models/o.sql", "select 1\n\n{% if %}x{% endif %}"));
        assertThat(e.file().map(Path::getFileName)).contains(Path.of("o.sql"));
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void duplicateModelNamesGiveBothPaths() {
        DvtException e = fail(project().write("models/a/x.sql", "select 1").write("models/b/x.sql", "select 2"));
        assertThat(e.getMessage()).contains("models/a/x.sql", "models/b/x.sql", "two models named 'x'");
    }

    @Test
    void seedAndModelWithTheSameName() {
        DvtException e = fail(project().write("models/x.sql", "select 1").write("seeds/x.csv", "a\n1\n"));
        assertThat(e.getMessage()).contains("two resources named 'x'", "seeds/x.csv", "models/x.sql");
    }

    @Test
    void cyclesArePrintedWithTheirPath() {
        DvtException e = fail(project().write("models/a.sql", "select * from {{ ref('b') }}")
                .write("models/b.sql", "select * from {{ ref('a') }}"));
        assertThat(e.getMessage()).contains("Found a cycle", "model.shop.a", "model.shop.b");
    }

    @Test
    void undefinedVarNamesTheVarAndFile() {
        DvtException e = fail(project().write("models/v.sql", "select {{ var('start_date') }}"));
        assertThat(e.getMessage()).contains("Required var 'start_date' not found");
        assertThat(e.file().map(Path::getFileName)).contains(Path.of("v.sql"));
    }

    @Test
    void pythonModelsAreRejected() {
        DvtException e = fail(project().write("models/p.py", "def model(dbt, session): pass"));
        assertThat(e.getMessage()).contains("Python models are not supported by DVT", "models/p.py");
    }

    @Test
    void sourceWithoutConnectionIsOnTheActiveTarget() {
        ParsedProject parsed = new TestingProject(dir, "shop").write("models/s.yml", """
                sources:
                  - name: raw
                    tables: [{name: orders}]
                """).parse();
        assertThat(parsed.manifest().getSources().get("source.shop.raw.orders").getConfig().get("connection"))
                .isEqualTo("dev");
    }

    @Test
    void sourceWithUnknownConnection() {
        DvtException e = fail(new TestingProject(dir, "shop").write("models/s.yml", """
                sources:
                  - name: raw
                    connection: prod
                    tables: [{name: orders}]
                """));
        assertThat(e.getMessage()).contains("'prod'", "not an output", "dev, warehouse");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void malformedYamlNamesFileAndLine() {
        DvtException e = fail(project().write("models/bad.yml", "models:\n  - name: a\n   bad: [\n"));
        assertThat(e.file()).contains(dir.resolve("models/bad.yml"));
        assertThat(e.line()).isGreaterThan(0);
    }

    @Test
    void refToADisabledNode() {
        DvtException e = fail(project().write("models/a.sql", "{{ config(enabled=false) }}select 1")
                .write("models/b.sql", "select * from {{ ref('a') }}"));
        assertThat(e.getMessage()).contains("depends on a node named 'a' which is disabled");
    }

    @Test
    void unknownGenericTest() {
        DvtException e = fail(project().write("models/a.sql", "select 1")
                .write("models/a.yml", "models:\n  - name: a\n    columns:\n      - name: id\n        tests: [is_even]\n"));
        assertThat(e.getMessage()).contains("is_even", "test_is_even", "models/a.yml");
        assertThat(e.line()).isEqualTo(5);
    }

    @Test
    void testsOfMissingModelsOrSourcesAreDisabledNotFatal() {
        // dbt warns and disables such tests (dbt_utils' own integration tests rely on it).
        ParsedProject parsed = project().write("models/a.sql", "select 1 as id")
                .write("models/a.yml", """
                        models:
                          - name: gone
                            data_tests: [{relationships: {to: ref('a'), field: id}}]
                          - name: a
                            columns: [{name: id, data_tests: [not_null]}]
                        """)
                .write("tests/singular.sql", "select * from {{ source('raw', 'missing') }}")
                .parse();
        assertThat(parsed.manifest().getNodes().keySet()).containsExactlyInAnyOrder("model.shop.a",
                "test.shop.not_null_a_id.c1cebc1440");
        assertThat(parsed.manifest().getDisabled().keySet()).hasSize(2);
        assertThat(parsed.manifest().getDisabled().values()).allSatisfy(list -> assertThat(list)
                .allSatisfy(r -> assertThat(((dev.dvt.artifacts.manifest.ManifestNode) r).getConfig().getEnabled())
                        .isFalse()));
    }

    @Test
    void jinjaInSourcePropertiesIsRendered() {
        ParsedProject parsed = new TestingProject(dir, "shop").vars("{suffix: raw}").write("models/s.yml", """
                sources:
                  - name: src
                    schema: "{{ target.schema ~ '_' ~ var('suffix') }}"
                    tables:
                      - name: orders
                        identifier: "{{ 'ORD' | lower }}"
                """).parse();
        var source = parsed.manifest().getSources().get("source.shop.src.orders");
        assertThat(source.getSchema()).isEqualTo("main_raw");
        assertThat(source.getIdentifier()).isEqualTo("ord");
        assertThat(source.getRelationName()).isEqualTo("\"db\".\"main_raw\".\"ord\"");
    }
}
