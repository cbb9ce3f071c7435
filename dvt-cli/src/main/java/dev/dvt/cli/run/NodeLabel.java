package dev.dvt.cli.run;

import static java.util.Objects.requireNonNull;

import dev.dvt.artifacts.manifest.ManifestNode;

/** What the progress lines and the summary say about a node. */
public record NodeLabel(String resourceType, String name, String materialized, String relation, String filePath,
        String packageName) {
    public NodeLabel {
        requireNonNull(resourceType, "resourceType is null");
        requireNonNull(name, "name is null");
        materialized = materialized == null ? "" : materialized;
        relation = relation == null ? name : relation;
        filePath = filePath == null ? "" : filePath;
    }

    public static NodeLabel of(ManifestNode node) {
        String schema = node.getSchema();
        String alias = node.getAlias() == null ? node.getName() : node.getAlias();
        return new NodeLabel(node.getResourceType(), node.getName(), node.getConfig().getMaterialized(),
                schema == null ? alias : schema + "." + alias, node.getOriginalFilePath(), node.getPackageName());
    }

    /** The same node shown with another materialization (a federated view runs as a table). */
    public NodeLabel withMaterialized(String value) {
        return new NodeLabel(resourceType, name, value, relation, filePath, packageName);
    }

    boolean isTest() {
        return resourceType.equals("test") || resourceType.equals("unit_test");
    }

    /** "sql table model main.orders", "seed file main.raw", "test not_null_x", "snapshot snapshots.s". */
    String describe() {
        return switch (resourceType) {
            case "model" -> "sql " + materialized + " model " + relation;
            case "seed" -> "seed file " + relation;
            case "snapshot" -> "snapshot " + relation;
            case "test", "unit_test" -> "test " + name;
            case "operation" -> "hook " + name;
            default -> resourceType + " " + relation;
        };
    }
}
