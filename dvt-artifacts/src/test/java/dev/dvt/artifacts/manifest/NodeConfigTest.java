package dev.dvt.artifacts.manifest;

import dev.dvt.artifacts.ArtifactJson;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class NodeConfigTest {
    @Test
    void modelDefaultsMatchDbt() {
        NodeConfig config = NodeConfig.defaultsFor(ResourceType.MODEL);

        assertThat(config.getEnabled()).isTrue();
        assertThat(config.getMaterialized()).isEqualTo("view");
        assertThat(config.getSchema()).isNull();
        assertThat(config.getTags()).isEmpty();
        assertThat(config.getPreHook()).isEmpty();
        assertThat(config.getUniqueKey()).isEmpty();
        assertThat(config.getFullRefresh()).isNull();
        assertThat(config).containsEntry("on_schema_change", "ignore")
                .containsEntry("on_configuration_change", "apply")
                .containsEntry("access", "protected")
                .containsEntry("docs", defaultDocs())
                .containsEntry("contract", Map.of("enforced", false, "alias_types", true));
        assertThat(config.keySet()).startsWith("enabled", "alias", "schema", "database", "tags", "meta", "group",
                "materialized");
    }

    @Test
    void otherTypesHaveTheirOwnDefaults() {
        assertThat(NodeConfig.defaultsFor(ResourceType.SEED)).containsEntry("materialized", "seed")
                .containsEntry("delimiter", ",").doesNotContainKey("access");
        assertThat(NodeConfig.defaultsFor(ResourceType.TEST)).containsEntry("materialized", "test")
                .containsEntry("severity", "ERROR").containsEntry("warn_if", "!= 0").containsEntry("error_if", "!= 0")
                .containsEntry("fail_calc", "count(*)").containsEntry("schema", "dbt_test__audit")
                .containsKeys("store_failures", "limit", "where").doesNotContainKey("pre-hook");
        assertThat(NodeConfig.defaultsFor(ResourceType.SNAPSHOT)).containsEntry("materialized", "snapshot")
                .containsKeys("strategy", "unique_key", "updated_at", "check_cols", "target_schema");
        assertThat(NodeConfig.defaultsFor(ResourceType.SOURCE).keySet()).containsExactly("enabled", "event_time", "freshness");
    }

    @Test
    void defaultsAreNotShared() {
        NodeConfig first = NodeConfig.defaultsFor(ResourceType.MODEL);
        first.getMeta().put("owner", "ana");

        assertThat(NodeConfig.defaultsFor(ResourceType.MODEL).getMeta()).isEmpty();
    }

    @Test
    void tagsAndHooksAppendAcrossLevels() {
        NodeConfig config = NodeConfig.defaultsFor(ResourceType.MODEL);
        config.merge(Map.of("tags", "daily", "pre-hook", "grant 1"));
        config.merge(Map.of("tags", List.of("daily", "finance"), "pre_hook", List.of("grant 2")));
        config.merge(Map.of("post_hook", Map.of("sql", "vacuum", "transaction", false)));

        assertThat(config.getTags()).containsExactly("daily", "finance");
        assertThat(config.getPreHook()).containsExactly(Hook.of("grant 1"), Hook.of("grant 2"));
        assertThat(config.getPostHook()).containsExactly(new Hook("vacuum", false, null));
        assertThat(config.keySet()).doesNotContain("pre_hook", "post_hook");
        assertThat(config.get("pre_hook")).isSameAs(config.get("pre-hook"));
    }

    @Test
    void dictKeysUpdateKeyByKey() {
        NodeConfig config = NodeConfig.defaultsFor(ResourceType.MODEL);
        config.merge(Map.of("meta", Map.of("owner", "ana", "tier", 1)));
        config.merge(Map.of("meta", Map.of("tier", 2), "docs", Map.of("node_color", "red"),
                "persist_docs", Map.of("relation", true)));

        assertThat(config.getMeta()).containsOnly(entry("owner", "ana"), entry("tier", 2));
        assertThat(config.get("docs")).isEqualTo(Map.of("show", true, "node_color", "red"));
        assertThat(config.get("persist_docs")).isEqualTo(Map.of("relation", true));
    }

    @Test
    void grantsReplacePerPrivilegeUnlessPlusPrefixed() {
        NodeConfig config = NodeConfig.defaultsFor(ResourceType.MODEL);
        config.merge(Map.of("grants", Map.of("select", List.of("reporter"), "insert", "loader")));
        Map<String, Object> override = new LinkedHashMap<>();
        override.put("+select", "bi");
        override.put("insert", List.of("etl"));
        config.merge(Map.of("grants", override));

        assertThat(config.get("grants")).isEqualTo(Map.of("select", List.of("reporter", "bi"), "insert", List.of("etl")));
    }

    @Test
    void otherKeysReplaceAndUnknownKeysAreKept() {
        NodeConfig config = NodeConfig.defaultsFor(ResourceType.MODEL);
        config.merge(Map.of("materialized", "table", "unique_key", "id", "target", "pg_prod"));
        config.merge(Map.of("materialized", "incremental", "unique_key", List.of("id", "day"), "enabled", false));

        assertThat(config.getMaterialized()).isEqualTo("incremental");
        assertThat(config.getUniqueKey()).containsExactly("id", "day");
        assertThat(config.getEnabled()).isFalse();
        assertThat(config.getString("target")).isEqualTo("pg_prod");
    }

    @Test
    void mergeDoesNotAliasTheCallersContainers() {
        Map<String, Object> meta = new LinkedHashMap<>(Map.of("a", 1));
        NodeConfig config = NodeConfig.defaultsFor(ResourceType.SEED).merge(Map.of("column_types", meta));
        meta.put("b", 2);

        assertThat(config.get("column_types")).isEqualTo(Map.of("a", 1));
    }

    @Test
    void copyIsIndependent() {
        NodeConfig base = NodeConfig.defaultsFor(ResourceType.MODEL).merge(Map.of("tags", "a"));
        NodeConfig copy = base.copy().merge(Map.of("tags", "b"));

        assertThat(base.getTags()).containsExactly("a");
        assertThat(copy.getTags()).containsExactly("a", "b");
    }

    @Test
    void readsHooksBackFromJson() {
        NodeConfig config = NodeConfig.defaultsFor(ResourceType.MODEL).merge(Map.of("post-hook", "analyze"));

        NodeConfig read = ArtifactJson.fromJson(ArtifactJson.toJson(config), NodeConfig.class);

        assertThat(read.getPostHook()).containsExactly(Hook.of("analyze"));
        assertThat(read).isEqualTo(config);
    }

    private static Map<String, Object> defaultDocs() {
        Map<String, Object> docs = new LinkedHashMap<>();
        docs.put("show", true);
        docs.put("node_color", null);
        return docs;
    }
}
