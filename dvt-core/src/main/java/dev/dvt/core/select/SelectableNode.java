package dev.dvt.core.select;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read-only view of one manifest member (node, source, exposure, metric, semantic model, saved
 * query, unit test) that node selection needs. Only enabled members belong in a
 * {@link SelectionGraph}; selection never looks at disabled ones.
 */
public interface SelectableNode {

    /** dbt unique id, e.g. {@code model.jaffle.orders} or {@code source.jaffle.raw.customers}. */
    String uniqueId();

    /**
     * dbt resource type in its manifest spelling: model, seed, snapshot, test, unit_test, analysis,
     * operation, source, exposure, metric, semantic_model, saved_query, ...
     */
    String resourceType();

    /** Node name; for a source this is the table name. */
    String name();

    String packageName();

    /** Fully qualified name: package, folders, name (and a trailing version like {@code v2}). */
    List<String> fqn();

    /** File the node is defined in, relative to its project root, with forward slashes; "" if none. */
    String originalFilePath();

    /** YAML file that documents the node ({@code models/schema.yml}), relative, forward slashes. */
    default Optional<String> patchPath() {
        return Optional.empty();
    }

    List<String> tags();

    /** Rendered config as plain values: strings, numbers, booleans, lists and nested maps. */
    Map<String, Object> config();

    /** Generic, singular or unit for tests; empty for everything else. */
    default Optional<TestType> testType() {
        return Optional.empty();
    }

    /** {@code test_metadata.name} of a generic test ({@code unique}, {@code relationships}). */
    default Optional<String> testName() {
        return Optional.empty();
    }

    /** Unique ids of the nodes this node depends on ({@code depends_on.nodes}). */
    default List<String> dependsOn() {
        return List.of();
    }

    /** Macro unique ids this node calls directly ({@code depends_on.macros}). */
    default List<String> macroDependencies() {
        return List.of();
    }

    /** For a source: the source name ({@code raw} in {@code source('raw', 'orders')}). */
    default Optional<String> sourceName() {
        return Optional.empty();
    }

    /** The group the node belongs to; by default the {@code group} config. */
    default Optional<String> group() {
        Object group = config().get("group");
        return group == null ? Optional.empty() : Optional.of(group.toString());
    }

    /** Model access: public, protected or private; empty for non-models. */
    default Optional<String> access() {
        return Optional.empty();
    }

    /** Model version ({@code 2}, {@code 1.1}); empty when the model is not versioned. */
    default Optional<String> version() {
        return Optional.empty();
    }

    /** Latest version of a versioned model. */
    default Optional<String> latestVersion() {
        return Optional.empty();
    }

    /** What {@code state:} compares against the previous manifest. */
    StateFingerprint stateFingerprint();
}
