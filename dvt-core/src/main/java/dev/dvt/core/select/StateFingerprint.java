package dev.dvt.core.select;

import java.util.Objects;

/**
 * What {@code state:} compares between the current and the previous manifest for one node. Each
 * field is an opaque string (a checksum or a canonical rendering) that is equal when that aspect
 * is unchanged, or {@code null} when the aspect does not apply to the node's resource type (a
 * source has no body, a generic test no persisted description); an aspect that does not apply is
 * never reported as modified.
 *
 * @param body raw code, or the file checksum for seeds ({@code modified.body})
 * @param config the unrendered config ({@code modified.configs})
 * @param relation the configured database, schema and alias ({@code modified.relation})
 * @param persistedDescriptions descriptions persisted to the database ({@code
 *     modified.persisted_descriptions}); empty when docs are not persisted
 * @param contract checksum of an enforced model contract, "" when not enforced ({@code
 *     modified.contract})
 * @param other everything else that makes two versions differ: fqn, latest version, access,
 *     deprecation date, source freshness and quoting, exposure or metric fields
 */
public record StateFingerprint(
        String body,
        String config,
        String relation,
        String persistedDescriptions,
        String contract,
        String other) {

    /** True when every aspect is equal to the previous version's. */
    public boolean sameContents(StateFingerprint previous) {
        return previous != null
                && Objects.equals(body, previous.body)
                && Objects.equals(config, previous.config)
                && Objects.equals(relation, previous.relation)
                && Objects.equals(persistedDescriptions, previous.persistedDescriptions)
                && Objects.equals(contract, previous.contract)
                && Objects.equals(other, previous.other);
    }
}
