package dev.dvt.compiler.runtime;

import static dev.dvt.compiler.runtime.TestingRuntime.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.spi.Relation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableAndViewMaterializationTest {
    @TempDir
    Path dir;

    private TestingRuntime rt;

    @BeforeEach
    void open() {
        rt = new TestingRuntime(dir);
    }

    @AfterEach
    void close() {
        rt.close();
    }

    @Test
    void tableIsBuiltAndRebuilt() {
        MaterializationResult first = rt.run(model("orders", "table", "select 1 as id, 'a' as name", Map.of()));
        assertThat(first.status()).isEqualTo("success");
        assertThat(first.relations()).extracting(Relation::getIdentifier).containsExactly("orders");
        assertThat(rt.scalar("select table_type from information_schema.tables where table_name = 'orders'"))
                .isEqualTo("BASE TABLE");
        rt.run(model("orders", "table", "select * from range(3) t(id)", Map.of()));
        assertThat(rt.scalar("select count(*) from orders")).isEqualTo(3L);
        assertThat(rt.rows("select table_name from information_schema.tables order by 1"))
                .containsExactly(List.of("orders"));
    }

    @Test
    void viewReplacesATableAndBack() {
        rt.run(model("m", "table", "select 1 as id", Map.of()));
        rt.run(model("m", "view", "select 2 as id", Map.of()));
        assertThat(rt.scalar("select table_type from information_schema.tables where table_name = 'm'"))
                .isEqualTo("VIEW");
        assertThat(rt.scalar("select id from m")).isEqualTo(2);
        rt.run(model("m", "table", "select 3 as id", Map.of()));
        assertThat(rt.scalar("select table_type from information_schema.tables where table_name = 'm'"))
                .isEqualTo("BASE TABLE");
        assertThat(rt.rows("select table_name from information_schema.tables")).hasSize(1);
    }

    @Test
    void failedRebuildLeavesTheOldTable() {
        rt.run(model("keep", "table", "select 1 as id", Map.of()));
        assertThatThrownBy(() -> rt.run(model("keep", "table", "select * from no_such_table", Map.of())))
                .isInstanceOf(DvtException.class).hasMessageContaining("no_such_table");
        // A failure after the swap (in a post-hook) is rolled back too.
        assertThatThrownBy(() -> rt.run(model("keep", "table", "select 2 as id",
                Map.of("post-hook", List.of("select * from also_missing")))))
                .isInstanceOf(DvtException.class).hasMessageContaining("also_missing");
        assertThat(rt.scalar("select id from keep")).isEqualTo(1);
        assertThat(rt.rows("select table_name from information_schema.tables")).containsExactly(List.of("keep"));
        assertThat(rt.adapter.inTransaction()).isFalse();
    }

    @Test
    void hooksRunInDbtOrder() {
        rt.adapter.execute("create table log (step varchar)", false);
        rt.adapter.execute("create sequence seq", false);
        rt.adapter.execute("alter table log add column n integer default nextval('seq')", false);
        Map<String, Object> config = Map.of(
                "pre-hook", List.of(Map.of("sql", "insert into log (step) values ('pre-outside')", "transaction", false),
                        "insert into log (step) values ('pre-inside {{ this.identifier }}')"),
                "post-hook", List.of("insert into log (step) values ('post-inside')",
                        Map.of("sql", "insert into log (step) values ('post-outside')", "transaction", false)));
        rt.run(model("hooked", "table", "select 1 as id", config));
        assertThat(rt.rows("select step from log order by n")).containsExactly(List.of("pre-outside"),
                List.of("pre-inside hooked"), List.of("post-inside"), List.of("post-outside"));
    }

    @Test
    void contractMismatchNamesTheColumns() {
        Map<String, Object> contract = Map.of("contract", Map.of("enforced", true));
        var node = model("c", "table", "select 1 as id, 'x' as extra", contract);
        var id = new dev.dvt.artifacts.manifest.ColumnInfo("id");
        id.setDataType("varchar");
        var missing = new dev.dvt.artifacts.manifest.ColumnInfo("amount");
        missing.setDataType("decimal(10,2)");
        node.getColumns().put("id", id);
        node.getColumns().put("amount", missing);
        assertThatThrownBy(() -> rt.run(node)).isInstanceOf(DvtException.class)
                .hasMessageContaining("column 'id' is declared VARCHAR but the query returns INTEGER")
                .hasMessageContaining("column 'amount' (DECIMAL(10,2)) is declared but the query does not return it")
                .hasMessageContaining("column 'extra' (VARCHAR) is returned by the query but not declared");
    }

    @Test
    void contractBuildsTheDeclaredTable() {
        var node = model("c", "table", "select 1 as id, 2.5 as amount", Map.of("contract", Map.of("enforced", true)));
        var id = new dev.dvt.artifacts.manifest.ColumnInfo("id");
        id.setDataType("integer");
        var notNull = new dev.dvt.artifacts.manifest.Constraint();
        notNull.setType("not_null");
        id.setConstraints(List.of(notNull));
        var amount = new dev.dvt.artifacts.manifest.ColumnInfo("amount");
        amount.setDataType("decimal(2,1)");
        node.getColumns().put("id", id);
        node.getColumns().put("amount", amount);
        rt.run(node);
        assertThat(rt.rows("select column_name, data_type, is_nullable from information_schema.columns"
                + " where table_name = 'c' order by ordinal_position"))
                .containsExactly(List.of("id", "INTEGER", "NO"), List.of("amount", "DECIMAL(2,1)", "YES"));
    }

    @Test
    void persistDocsWritesComments() {
        var node = model("documented", "table", "select 1 as id",
                Map.of("persist_docs", Map.of("relation", true, "columns", true)));
        node.setDescription("All the 'things'");
        var id = new dev.dvt.artifacts.manifest.ColumnInfo("id");
        id.setDescription("The key");
        node.getColumns().put("id", id);
        rt.run(node);
        assertThat(rt.scalar("select comment from duckdb_tables() where table_name = 'documented'"))
                .isEqualTo("All the 'things'");
        assertThat(rt.scalar("select comment from duckdb_columns() where table_name = 'documented'"))
                .isEqualTo("The key");
    }

    @Test
    void projectMaterializationWinsOverDvts() {
        try (TestingRuntime custom = new TestingRuntime(dir.resolve("custom"),
                "{% materialization table, default %}{% call statement('main') %}create table {{ this }} as select 42 as answer"
                        + "{% endcall %}{{ return({'relations': [this]}) }}{% endmaterialization %}")) {
            custom.run(model("t", "table", "select 1 as id", Map.of()));
            assertThat(custom.scalar("select answer from t")).isEqualTo(42);
        }
    }

    @Test
    void unknownMaterializationIsAClearError() {
        assertThatThrownBy(() -> rt.run(model("x", "weird", "select 1", Map.of())))
                .isInstanceOf(DvtException.class).hasMessageContaining("No materialization 'weird' for adapter 'duckdb'");
    }
}
