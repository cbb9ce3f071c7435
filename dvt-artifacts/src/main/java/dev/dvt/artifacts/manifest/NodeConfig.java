package dev.dvt.artifacts.manifest;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * A resource's resolved config: an ordered map (so Jinja sees {@code config.materialized},
 * {@code config.get('target')} and any user key) with typed getters for Java callers.
 *
 * <p>The parser layers configs with {@link #merge(Map)}: dbt_project.yml, then properties YAML,
 * then {@code config()} in the file. dbt's merge rules apply: {@code tags} and hooks append,
 * dict-valued keys ({@code meta}, {@code docs}, ...) update key by key, {@code grants} updates
 * with {@code +role} appending, everything else replaces. {@code pre_hook} is stored as
 * {@code pre-hook} (dbt's spelling), hooks as {@code {sql, transaction, index}} maps.
 */
public class NodeConfig extends AbstractMap<String, Object> {
    private static final Set<String> APPEND_KEYS = Set.of("tags", "pre-hook", "post-hook");
    private static final Set<String> UPDATE_KEYS =
            Set.of("meta", "docs", "persist_docs", "quoting", "column_types", "contract");
    private static final String GRANTS = "grants";

    private final LinkedHashMap<String, Object> values = new LinkedHashMap<>();

    public NodeConfig() {
    }

    /** A config holding exactly {@code values} (normalized), without defaults; used when reading JSON. */
    public NodeConfig(Map<String, ?> values) {
        requireNonNull(values, "values is null");
        values.forEach(this::put);
    }

    /** Every key dbt writes for {@code type}, set to dbt's default. */
    public static NodeConfig defaultsFor(ResourceType type) {
        requireNonNull(type, "type is null");
        return new NodeConfig(ConfigDefaults.forType(type));
    }

    /** Layers {@code overrides} on top of this config with dbt's merge rules; returns this. */
    public NodeConfig merge(Map<String, ?> overrides) {
        requireNonNull(overrides, "overrides is null");
        overrides.forEach(this::mergeOne);
        return this;
    }

    /** A deep-enough copy: nested maps and lists are copied so merging into it leaves this one alone. */
    public NodeConfig copy() {
        NodeConfig copy = new NodeConfig();
        values.forEach((key, value) -> copy.values.put(key, ConfigValues.copyOf(value)));
        return copy;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return values.entrySet();
    }

    @Override
    public Object put(String key, Object value) {
        String canonical = canonicalKey(key);
        return values.put(canonical, normalize(canonical, value));
    }

    @Override
    public Object get(Object key) {
        return key instanceof String name ? values.get(canonicalKey(name)) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && values.containsKey(canonicalKey(name));
    }

    @Override
    public Object remove(Object key) {
        return key instanceof String name ? values.remove(canonicalKey(name)) : null;
    }

    public boolean getEnabled() {
        Object enabled = values.get("enabled");
        return enabled == null || ConfigValues.isTrue(enabled);
    }

    public String getMaterialized() {
        return getString("materialized");
    }

    public String getSchema() {
        return getString("schema");
    }

    public String getDatabase() {
        return getString("database");
    }

    public String getAlias() {
        return getString("alias");
    }

    public String getGroup() {
        return getString("group");
    }

    public String getIncrementalStrategy() {
        return getString("incremental_strategy");
    }

    public String getOnSchemaChange() {
        return getString("on_schema_change");
    }

    /** {@code full_refresh} from config: null when unset (the CLI flag decides). */
    public Boolean getFullRefresh() {
        Object value = values.get("full_refresh");
        return value == null ? null : ConfigValues.isTrue(value);
    }

    public List<String> getTags() {
        return ConfigValues.stringList(values.get("tags"));
    }

    /** The unique key as a list of column expressions, empty when unset. */
    public List<String> getUniqueKey() {
        return ConfigValues.stringList(values.get("unique_key"));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> getMeta() {
        Object meta = values.get("meta");
        return meta instanceof Map<?, ?> map ? (Map<String, Object>) map : new LinkedHashMap<>();
    }

    public List<Hook> getPreHook() {
        return hooks("pre-hook");
    }

    public List<Hook> getPostHook() {
        return hooks("post-hook");
    }

    /** The value of {@code key} as text, or null when unset. */
    public String getString(String key) {
        Object value = get(key);
        return value == null ? null : value.toString();
    }

    private List<Hook> hooks(String key) {
        Object value = values.get(key);
        List<Hook> hooks = new ArrayList<>();
        if (value instanceof Collection<?> items) {
            items.forEach(item -> hooks.add(Hook.from(item)));
        }
        return hooks;
    }

    private void mergeOne(String key, Object value) {
        String canonical = canonicalKey(key);
        Object current = values.get(canonical);
        Object incoming = normalize(canonical, value);
        if (APPEND_KEYS.contains(canonical)) {
            values.put(canonical, ConfigValues.append(current, incoming, canonical.equals("tags")));
        } else if (UPDATE_KEYS.contains(canonical) && current instanceof Map<?, ?> && incoming instanceof Map<?, ?>) {
            values.put(canonical, ConfigValues.update(current, incoming));
        } else if (GRANTS.equals(canonical) && current instanceof Map<?, ?> && incoming instanceof Map<?, ?>) {
            values.put(canonical, ConfigValues.mergeGrants(current, incoming));
        } else {
            values.put(canonical, ConfigValues.copyOf(incoming));
        }
    }

    private static String canonicalKey(String key) {
        requireNonNull(key, "config key is null");
        return switch (key) {
            case "pre_hook" -> "pre-hook";
            case "post_hook" -> "post-hook";
            default -> key;
        };
    }

    private static Object normalize(String canonicalKey, Object value) {
        return switch (canonicalKey) {
            case "pre-hook", "post-hook" -> ConfigValues.hookMaps(value);
            case "tags" -> value == null ? new ArrayList<>() : ConfigValues.stringList(value);
            default -> value;
        };
    }
}
