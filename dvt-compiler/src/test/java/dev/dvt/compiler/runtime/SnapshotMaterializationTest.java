package dev.dvt.compiler.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.artifacts.manifest.NodeConfig;
import dev.dvt.artifacts.manifest.ResourceType;
import dev.dvt.artifacts.manifest.SnapshotNode;
import dev.dvt.compiler.jinja.RenderContext;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotMaterializationTest {
    @TempDir
    Path dir;

    private TestingRuntime rt;

    @BeforeEach
    void open() {
        rt = new TestingRuntime(dir);
        rt.adapter.execute("create table src (id integer, status varchar, updated timestamp)", false);
    }

    @AfterEach
    void close() {
        rt.close();
    }

    private void snapshot(Map<String, Object> config) {
        SnapshotNode node = new SnapshotNode();
        node.setName("orders_snapshot");
        node.setUniqueId("snapshot.my_project.orders_snapshot");
        node.setPackageName(TestingRuntime.PROJECT);
        node.setDatabase("dev");
        node.setSchema("main");
        node.setAlias("orders_snapshot");
        NodeConfig cfg = NodeConfig.defaultsFor(ResourceType.SNAPSHOT);
        cfg.merge(config);
        node.setConfig(cfg);
        node.setCompiledCode("select * from src");
        rt.executor.execute(node, RenderContext.forPackage(TestingRuntime.PROJECT), ExecutionFlags.NONE);
    }

    private void sql(String statement) {
        rt.adapter.execute(statement, false);
    }

    private List<List<Object>> history() {
        return rt.rows("select id, status, cast(dbt_valid_from as varchar), cast(dbt_valid_to as varchar)"
                + " from orders_snapshot order by id, dbt_valid_from");
    }

    @Test
    void timestampStrategyKeepsHistoryAcrossRunsAndInvalidatesHardDeletes() {
        Map<String, Object> config = Map.of("strategy", "timestamp", "unique_key", "id", "updated_at", "updated",
                "hard_deletes", "invalidate");
        sql("insert into src values (1, 'new', '2024-01-01'), (2, 'new', '2024-01-01')");
        snapshot(config);
        sql("update src set status = 'shipped', updated = '2024-01-05' where id = 1");
        snapshot(config);
        snapshot(config); // nothing changed: no new versions
        sql("delete from src where id = 2");
        sql("insert into src values (3, 'new', '2024-01-06')");
        snapshot(config);
        List<List<Object>> rows = history();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).isEqualTo(List.of(1, "new", "2024-01-01 00:00:00", "2024-01-05 00:00:00"));
        assertThat(rows.get(1)).isEqualTo(Arrays.asList(1, "shipped", "2024-01-05 00:00:00", null));
        assertThat(rows.get(2).subList(0, 3)).isEqualTo(List.of(2, "new", "2024-01-01 00:00:00"));
        assertThat(rows.get(2).get(3)).as("deleted key is closed").isNotNull();
        assertThat(rows.get(3)).isEqualTo(Arrays.asList(3, "new", "2024-01-06 00:00:00", null));
        assertThat(rt.scalar("select count(distinct dbt_scd_id) from orders_snapshot")).isEqualTo(4L);
        assertThat(rt.rows("select column_name from information_schema.columns where table_name = 'orders_snapshot'"
                + " order by ordinal_position")).containsExactly(List.of("id"), List.of("status"), List.of("updated"),
                List.of("dbt_scd_id"), List.of("dbt_updated_at"), List.of("dbt_valid_from"), List.of("dbt_valid_to"));
    }

    @Test
    void checkStrategyComparesTheCheckedColumnsAndIgnoresDeletesByDefault() {
        Map<String, Object> config = Map.of("strategy", "check", "unique_key", "id", "check_cols", List.of("status"));
        sql("insert into src values (1, 'new', '2024-01-01'), (2, 'new', '2024-01-01')");
        snapshot(config);
        sql("update src set updated = '2024-02-01' where id = 1"); // not a checked column
        sql("update src set status = 'paid' where id = 2");
        sql("delete from src where id = 1");
        snapshot(config);
        assertThat(rt.rows("select id, status, dbt_valid_to is null from orders_snapshot order by id, dbt_valid_from"))
                .containsExactly(List.of(1, "new", true), List.of(2, "new", false), List.of(2, "paid", true));
    }

    @Test
    void validToCurrentMarksCurrentRows() {
        Map<String, Object> config = Map.of("strategy", "timestamp", "unique_key", "id", "updated_at", "updated",
                "dbt_valid_to_current", "cast('9999-12-31' as timestamp)");
        sql("insert into src values (1, 'new', '2024-01-01')");
        snapshot(config);
        sql("update src set status = 'x', updated = '2024-03-01'");
        snapshot(config);
        assertThat(history()).containsExactly(List.of(1, "new", "2024-01-01 00:00:00", "2024-03-01 00:00:00"),
                List.of(1, "x", "2024-03-01 00:00:00", "9999-12-31 00:00:00"));
    }
}
