package dev.dvt.core.select;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The artifacts of an earlier invocation ({@code --state DIR}) that {@code state:}, {@code result:}
 * and {@code source_status:} compare against. Each part is empty when its artifact was not found.
 */
public interface PreviousState {

    /** True when the previous {@code manifest.json} was read. */
    boolean hasManifest();

    /** The previous fingerprint of a node, or empty when the node did not exist. */
    Optional<StateFingerprint> previousNode(String uniqueId);

    /**
     * Macros whose SQL changed between the two manifests, including macros that were added or
     * removed.
     */
    Set<String> modifiedMacros();

    /** Previous {@code run_results.json}: unique id to status (success, error, fail, ...). */
    Optional<Map<String, String>> results();

    /** Freshness results stored with the previous state. */
    Optional<FreshnessSnapshot> previousFreshness();

    /** Freshness results of the current run ({@code target/sources.json}). */
    Optional<FreshnessSnapshot> currentFreshness();
}
