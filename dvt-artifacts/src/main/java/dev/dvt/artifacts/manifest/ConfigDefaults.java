package dev.dvt.artifacts.manifest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The config keys dbt 1.9 writes for each resource type, with dbt's defaults, in dbt's order.
 * Every call returns fresh mutable maps and lists, so nodes never share default containers.
 */
final class ConfigDefaults {
    private ConfigDefaults() {
    }

    static Map<String, Object> forType(ResourceType type) {
        Map<String, Object> config = new LinkedHashMap<>();
        switch (type) {
            case MODEL -> {
                nodeConfig(config, "view");
                config.put("access", "protected");
            }
            case SEED -> {
                nodeConfig(config, "seed");
                config.put("delimiter", ",");
                config.put("quote_columns", null);
            }
            case SNAPSHOT -> snapshotConfig(config);
            case TEST -> testConfig(config);
            case ANALYSIS -> nodeConfig(config, "view");
            case OPERATION, SQL_OPERATION -> nodeConfig(config, "view");
            case SOURCE -> {
                config.put("enabled", true);
                config.put("event_time", null);
                config.put("freshness", null);
            }
            case EXPOSURE, METRIC, SAVED_QUERY, SEMANTIC_MODEL -> config.put("enabled", true);
            case UNIT_TEST -> {
                config.put("tags", new ArrayList<>());
                config.put("meta", new LinkedHashMap<>());
                config.put("enabled", true);
            }
            case MACRO, DOC, GROUP -> {
                // these resources carry no config in the manifest
            }
        }
        return config;
    }

    private static void common(Map<String, Object> config, String materialized) {
        config.put("enabled", true);
        config.put("alias", null);
        config.put("schema", null);
        config.put("database", null);
        config.put("tags", new ArrayList<>());
        config.put("meta", new LinkedHashMap<>());
        config.put("group", null);
        config.put("materialized", materialized);
    }

    private static void nodeConfig(Map<String, Object> config, String materialized) {
        common(config, materialized);
        config.put("incremental_strategy", null);
        config.put("batch_size", null);
        config.put("lookback", 1);
        config.put("begin", null);
        config.put("persist_docs", new LinkedHashMap<>());
        config.put("post-hook", new ArrayList<>());
        config.put("pre-hook", new ArrayList<>());
        config.put("quoting", new LinkedHashMap<>());
        config.put("column_types", new LinkedHashMap<>());
        config.put("full_refresh", null);
        config.put("unique_key", null);
        config.put("on_schema_change", "ignore");
        config.put("on_configuration_change", "apply");
        config.put("grants", new LinkedHashMap<>());
        config.put("packages", new ArrayList<>());
        Map<String, Object> docs = new LinkedHashMap<>();
        docs.put("show", true);
        docs.put("node_color", null);
        config.put("docs", docs);
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("enforced", false);
        contract.put("alias_types", true);
        config.put("contract", contract);
        config.put("event_time", null);
        config.put("concurrent_batches", null);
    }

    private static void snapshotConfig(Map<String, Object> config) {
        nodeConfig(config, "snapshot");
        config.put("strategy", null);
        config.put("target_schema", null);
        config.put("target_database", null);
        config.put("updated_at", null);
        config.put("check_cols", null);
        Map<String, Object> metaColumns = new LinkedHashMap<>();
        for (String column : new String[] {"dbt_valid_to", "dbt_valid_from", "dbt_scd_id", "dbt_updated_at", "dbt_is_deleted"}) {
            metaColumns.put(column, null);
        }
        config.put("snapshot_meta_column_names", metaColumns);
        config.put("dbt_valid_to_current", null);
    }

    private static void testConfig(Map<String, Object> config) {
        common(config, "test");
        config.put("schema", "dbt_test__audit");
        config.put("severity", "ERROR");
        config.put("store_failures", null);
        config.put("store_failures_as", null);
        config.put("where", null);
        config.put("limit", null);
        config.put("fail_calc", "count(*)");
        config.put("warn_if", "!= 0");
        config.put("error_if", "!= 0");
    }
}
