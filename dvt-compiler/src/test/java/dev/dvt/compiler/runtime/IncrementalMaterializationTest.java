package dev.dvt.compiler.runtime;

import static dev.dvt.compiler.runtime.TestingRuntime.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalMaterializationTest {
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

    private MaterializationResult inc(String sql, Map<String, Object> config) {
        return rt.run(model("events", "incremental", sql, config));
    }

    private static Map<String, Object> cfg(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void appendAddsRows() {
        inc("select 1 as id, 'a' as v", cfg());
        inc("select 2 as id, 'b' as v", cfg("incremental_strategy", "append"));
        assertThat(rt.rows("select id, v from events order by id")).containsExactly(List.of(1, "a"), List.of(2, "b"));
    }

    @Test
    void mergeUpdatesMatchingKeysAndInsertsNewOnes() {
        inc("select 1 as id, 'a' as v union all select 2, 'b'", cfg("unique_key", "id"));
        var r = inc("select 2 as id, 'B' as v union all select 3, 'c'",
                cfg("unique_key", "id", "incremental_strategy", "merge"));
        assertThat(r.response().rowsAffected()).isEqualTo(2);
        assertThat(rt.rows("select id, v from events order by id"))
                .containsExactly(List.of(1, "a"), List.of(2, "B"), List.of(3, "c"));
    }

    @Test
    void deleteInsertWithCompositeKeyAndPredicates() {
        inc("select 1 as k1, 1 as k2, 'old' as v union all select 1, 2, 'old' union all select 2, 1, 'old'",
                cfg("unique_key", List.of("k1", "k2")));
        inc("select 1 as k1, 2 as k2, 'new' as v union all select 2, 1, 'new'",
                cfg("unique_key", List.of("k1", "k2"), "incremental_strategy", "delete+insert",
                        "incremental_predicates", List.of("DBT_INTERNAL_DEST.k1 = 1")));
        // (2,1) was outside the predicate, so the old row stays next to the new one.
        assertThat(rt.rows("select k1, k2, v from events order by k1, k2, v")).containsExactly(
                List.of(1, 1, "old"), List.of(1, 2, "new"), List.of(2, 1, "new"), List.of(2, 1, "old"));
    }

    @Test
    void insertOverwriteIsRefusedOnDuckDb() {
        inc("select 1 as id", cfg());
        assertThatThrownBy(() -> inc("select 2 as id", cfg("incremental_strategy", "insert_overwrite")))
                .isInstanceOf(DvtException.class).hasMessageContaining("'insert_overwrite'")
                .hasMessageContaining("append, merge, delete+insert");
        assertThat(rt.scalar("select count(*) from events")).isEqualTo(1L);
    }

    @Test
    void fullRefreshFlagAndConfigRebuild() {
        inc("select 1 as id", cfg());
        inc("select 2 as id", cfg());
        rt.run(model("events", "incremental", "select 9 as id", cfg()), ExecutionFlags.withFullRefresh());
        assertThat(rt.rows("select id from events")).containsExactly(List.of(9));
        // full_refresh: false in config wins over the flag.
        rt.run(model("events", "incremental", "select 10 as id", cfg("full_refresh", false)),
                ExecutionFlags.withFullRefresh());
        assertThat(rt.rows("select id from events order by id")).containsExactly(List.of(9), List.of(10));
        assertThat(rt.rows("select table_name from information_schema.tables")).containsExactly(List.of("events"));
    }

    @Test
    void onSchemaChangeIgnoreKeepsTargetColumns() {
        inc("select 1 as id, 'a' as v", cfg());
        inc("select 2 as id, 'x' as extra", cfg("on_schema_change", "ignore"));
        assertThat(rt.rows("select id, v from events order by id"))
                .containsExactly(List.of(1, "a"), Arrays.asList(2, null));
    }

    @Test
    void onSchemaChangeFailNamesTheColumns() {
        inc("select 1 as id, 'a' as v", cfg());
        assertThatThrownBy(() -> inc("select 2 as id, 'x' as extra", cfg("on_schema_change", "fail")))
                .isInstanceOf(DvtException.class).hasMessageContaining("new: extra").hasMessageContaining("removed: v");
    }

    @Test
    void onSchemaChangeAppendNewColumns() {
        inc("select 1 as id, 'a' as v", cfg());
        inc("select 2 as id, 'x' as extra", cfg("on_schema_change", "append_new_columns"));
        assertThat(rt.rows("select id, v, extra from events order by id"))
                .containsExactly(Arrays.asList(1, "a", null), Arrays.asList(2, null, "x"));
    }

    @Test
    void onSchemaChangeSyncAllColumns() {
        inc("select 1 as id, 'a' as v", cfg());
        inc("select cast(2 as bigint) as id, 'x' as extra", cfg("on_schema_change", "sync_all_columns"));
        assertThat(rt.rows("select column_name, data_type from information_schema.columns"
                + " where table_name = 'events' order by ordinal_position"))
                .containsExactly(List.of("id", "BIGINT"), List.of("extra", "VARCHAR"));
        assertThat(rt.rows("select id, extra from events order by id"))
                .containsExactly(Arrays.asList(1L, null), List.of(2L, "x"));
    }

    @Test
    void isIncrementalFollowsTheRelationAndFlags() {
        var node = model("events", "incremental", "select 1 as id", cfg());
        assertThat(rt.executor.incrementalState(node, ExecutionFlags.NONE).isIncremental()).isFalse();
        rt.run(node);
        assertThat(rt.executor.incrementalState(node, ExecutionFlags.NONE).isIncremental()).isTrue();
        assertThat(rt.executor.incrementalState(node, ExecutionFlags.withFullRefresh()).isIncremental()).isFalse();
    }
}
