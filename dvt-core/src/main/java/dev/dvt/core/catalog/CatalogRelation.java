package dev.dvt.core.catalog;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.dialect.RelationName;

/**
 * A manifest node or source to describe in catalog.json.
 *
 * @param uniqueId the node's unique_id, the catalog key
 * @param source true for a source (catalog {@code sources}), false for a node ({@code nodes})
 * @param relation where it lives, unquoted
 */
public record CatalogRelation(String uniqueId, boolean source, RelationName relation) {
    public CatalogRelation {
        requireNonNull(uniqueId, "uniqueId is null");
        requireNonNull(relation, "relation is null");
        if (relation.schema() == null) {
            throw new IllegalArgumentException("relation " + relation + " has no schema");
        }
    }
}
