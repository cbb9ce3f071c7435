package dev.dvt.core.config;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Computes the config a node gets from dbt_project.yml, as dbt does. The tree of a resource kind
 * is walked along the node's fqn ({@code [package, dir..., name]}), from the tree root down; at
 * each level, {@code +key} entries and entries with non-map values are configs, and a deeper
 * level overrides a shallower one using {@link ConfigMerger}. For nodes of an installed package,
 * the package's own dbt_project.yml applies first and the root project's on top.
 *
 * <p>Trees are compiled once and results cached per (kind, fqn), so lookups are cheap. Returned
 * maps are fresh and mutable at the top level; nested values must not be modified.
 */
public final class ProjectConfigResolver {
    /**
     * Map-valued configs that may be written without {@code +} (unprefixed maps are otherwise
     * folders). Such a map is a config only when none of its keys has a {@code +}; the walk still
     * descends into it, so a folder with the same name keeps working.
     */
    static final Set<String> MAP_VALUED_CONFIGS = Set.of("meta", "persist_docs", "docs", "grants",
            "contract", "quoting", "column_types", "labels", "freshness", "partition_by",
            "snapshot_meta_column_names");

    private final String rootProject;
    private final Map<String, Map<ResourceKind, Level>> treesByProject = new LinkedHashMap<>();
    private final Map<CacheKey, Map<String, Object>> cache = new ConcurrentHashMap<>();

    private record CacheKey(ResourceKind kind, List<String> fqn) {
    }

    /** One compiled level of a tree: the configs it sets and its subfolders. */
    private record Level(Map<String, Object> configs, Map<String, Level> children) {
    }

    public ProjectConfigResolver(ProjectConfig root) {
        this(root, Map.of());
    }

    /** @param dependencies installed packages' projects, keyed by project name */
    public ProjectConfigResolver(ProjectConfig root, Map<String, ProjectConfig> dependencies) {
        requireNonNull(root, "root is null");
        requireNonNull(dependencies, "dependencies is null");
        this.rootProject = root.name();
        treesByProject.put(root.name(), compile(root));
        dependencies.forEach((name, project) -> {
            if (!name.equals(rootProject)) {
                treesByProject.put(name, compile(project));
            }
        });
    }

    /** Config of a node of resource type {@code resourceType} (e.g. "model") with this fqn. */
    public Map<String, Object> configFor(String resourceType, List<String> fqn) {
        return configFor(ResourceKind.of(resourceType), fqn);
    }

    /** Config of a node with fully qualified name {@code fqn}; {@code fqn.get(0)} is its package. */
    public Map<String, Object> configFor(ResourceKind kind, List<String> fqn) {
        requireNonNull(kind, "kind is null");
        requireNonNull(fqn, "fqn is null");
        Map<String, Object> cached = cache.computeIfAbsent(new CacheKey(kind, List.copyOf(fqn)),
                key -> Collections.unmodifiableMap(compute(key.kind(), key.fqn())));
        return new LinkedHashMap<>(cached);
    }

    private Map<String, Object> compute(ResourceKind kind, List<String> fqn) {
        Map<String, Object> config = new LinkedHashMap<>();
        String packageName = fqn.isEmpty() ? rootProject : fqn.get(0);
        if (!packageName.equals(rootProject) && treesByProject.containsKey(packageName)) {
            walk(treesByProject.get(packageName).get(kind), fqn, config);
        }
        walk(treesByProject.get(rootProject).get(kind), fqn, config);
        return config;
    }

    private static void walk(Level level, List<String> fqn, Map<String, Object> config) {
        if (level == null) {
            return;
        }
        ConfigMerger.mergeInto(config, level.configs());
        for (String part : fqn) {
            level = level.children().get(part);
            if (level == null) {
                return;
            }
            ConfigMerger.mergeInto(config, level.configs());
        }
    }

    private static Map<ResourceKind, Level> compile(ProjectConfig project) {
        Map<ResourceKind, Level> trees = new EnumMap<>(ResourceKind.class);
        project.resourceConfigs().forEach((kind, tree) -> trees.put(kind, compileLevel(tree)));
        return trees;
    }

    @SuppressWarnings("unchecked")
    private static Level compileLevel(Map<String, Object> tree) {
        Map<String, Object> configs = new LinkedHashMap<>();
        Map<String, Level> children = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : tree.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (key.startsWith("+")) {
                configs.put(ConfigMerger.normalizeKey(key), freeze(value));
            } else if (!(value instanceof Map<?, ?> map)) {
                configs.put(ConfigMerger.normalizeKey(key), freeze(value));
            } else {
                if (MAP_VALUED_CONFIGS.contains(key) && !hasPlusKey(map)) {
                    configs.put(key, freeze(value));
                }
                children.put(key, compileLevel((Map<String, Object>) map));
            }
        }
        return new Level(Collections.unmodifiableMap(configs),
                Collections.unmodifiableMap(children));
    }

    private static boolean hasPlusKey(Map<?, ?> map) {
        return map.keySet().stream().anyMatch(k -> String.valueOf(k).startsWith("+"));
    }

    /** Deep read-only copy, so cached results cannot be changed through a returned map. */
    private static Object freeze(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, freeze(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(freeze(v)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
