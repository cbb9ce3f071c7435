package dev.dvt.core.config;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.List;

/** Resource types that take configuration from a dbt_project.yml tree, with the tree's key(s). */
public enum ResourceKind {
    MODEL("model", "models"),
    SEED("seed", "seeds"),
    SNAPSHOT("snapshot", "snapshots"),
    /** dbt 1.8 renamed {@code tests:} to {@code data_tests:}; both are read. */
    TEST("test", "data_tests", "tests"),
    SOURCE("source", "sources"),
    ANALYSIS("analysis", "analyses"),
    EXPOSURE("exposure", "exposures"),
    SEMANTIC_MODEL("semantic_model", "semantic-models"),
    METRIC("metric", "metrics"),
    SAVED_QUERY("saved_query", "saved-queries"),
    UNIT_TEST("unit_test", "unit_tests");

    private final String resourceType;
    private final List<String> projectKeys;

    ResourceKind(String resourceType, String... projectKeys) {
        this.resourceType = resourceType;
        this.projectKeys = List.of(projectKeys);
    }

    /** The resource_type name used in manifests, e.g. {@code model}. */
    public String resourceType() {
        return resourceType;
    }

    /** The dbt_project.yml keys holding this kind's config tree. */
    public List<String> projectKeys() {
        return projectKeys;
    }

    public static ResourceKind of(String resourceType) {
        for (ResourceKind kind : values()) {
            if (kind.resourceType.equals(resourceType)) {
                return kind;
            }
        }
        throw new DvtException(ErrorCode.INTERNAL, "No project config tree for resource type '"
                + resourceType + "'");
    }
}
