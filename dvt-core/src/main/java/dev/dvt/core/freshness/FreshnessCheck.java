package dev.dvt.core.freshness;

import static java.util.Objects.requireNonNull;

import dev.dvt.artifacts.manifest.FreshnessThreshold;
import dev.dvt.artifacts.manifest.SourceDefinition;
import dev.dvt.core.dialect.RelationName;

/**
 * One source to measure.
 *
 * @param loadedAtField the SQL expression for the load time ({@code loaded_at_field})
 * @param criteria {@code warn_after}, {@code error_after} and {@code filter}
 */
public record FreshnessCheck(String uniqueId, RelationName relation, String loadedAtField,
        FreshnessThreshold criteria) {
    public FreshnessCheck {
        requireNonNull(uniqueId, "uniqueId is null");
        requireNonNull(relation, "relation is null");
        requireNonNull(loadedAtField, "loadedAtField is null");
        requireNonNull(criteria, "criteria is null");
    }

    /** The check for a manifest source, or null when it has no loaded_at_field (dbt skips those). */
    public static FreshnessCheck of(SourceDefinition source) {
        if (source.getLoadedAtField() == null || source.getLoadedAtField().isBlank()) {
            return null;
        }
        FreshnessThreshold criteria = source.getFreshness() == null ? new FreshnessThreshold() : source.getFreshness();
        return new FreshnessCheck(source.getUniqueId(),
                new RelationName(source.getDatabase(), source.getSchema(), source.getIdentifier()),
                source.getLoadedAtField(), criteria);
    }
}
