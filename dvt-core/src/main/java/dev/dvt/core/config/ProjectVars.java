package dev.dvt.core.config;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code vars:} block of a dbt_project.yml, kept unrendered (dbt renders a var when it is
 * read). Top-level entries are global; an entry whose key is a package name and whose value is a
 * map scopes its vars to that package and wins over the globals there.
 */
public record ProjectVars(Map<String, Object> raw) {
    public static final ProjectVars EMPTY = new ProjectVars(Map.of());

    public ProjectVars {
        requireNonNull(raw, "raw is null");
        raw = Collections.unmodifiableMap(new LinkedHashMap<>(raw));
    }

    /** The vars visible to nodes of {@code packageName}: globals overlaid by its scoped vars. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> forPackage(String packageName) {
        Map<String, Object> merged = new LinkedHashMap<>(raw);
        if (raw.get(packageName) instanceof Map<?, ?> scoped) {
            merged.putAll((Map<String, Object>) scoped);
        }
        return merged;
    }
}
