package dev.dvt.federation.state;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Whether and how to extract a source, decided from the stored state and what the source looks
 * like now. The first rule that matches wins: full refresh, no staging, no state, schema (or PK)
 * changed, extraction query changed, delta when the source has a primary key, else skip.
 */
public record ExtractionDecision(ExtractionReason reason) {
    public ExtractionDecision {
        requireNonNull(reason, "reason is null");
    }

    /** What the source looks like in this run. */
    public record CurrentSource(String schemaHash, String queryFingerprint, List<String> pkColumns) {
        public CurrentSource {
            requireNonNull(schemaHash, "schemaHash is null");
            requireNonNull(queryFingerprint, "queryFingerprint is null");
            pkColumns = List.copyOf(requireNonNull(pkColumns, "pkColumns is null"));
        }
    }

    public static ExtractionDecision decide(boolean fullRefresh, boolean stagingExists,
            Optional<SourceState> stored, CurrentSource current) {
        requireNonNull(stored, "stored is null");
        requireNonNull(current, "current is null");
        if (fullRefresh) {
            return new ExtractionDecision(ExtractionReason.FULL_REFRESH);
        }
        if (!stagingExists) {
            return new ExtractionDecision(ExtractionReason.NO_STAGING);
        }
        if (stored.isEmpty()) {
            return new ExtractionDecision(ExtractionReason.NO_STATE);
        }
        SourceState state = stored.get();
        if (!state.schemaHash().equals(current.schemaHash())
                || !state.pkColumns().equals(current.pkColumns())) {
            return new ExtractionDecision(ExtractionReason.SCHEMA_CHANGED);
        }
        if (!state.queryFingerprint().equals(current.queryFingerprint())) {
            return new ExtractionDecision(ExtractionReason.QUERY_CHANGED);
        }
        if (!current.pkColumns().isEmpty()) {
            return new ExtractionDecision(ExtractionReason.DELTA);
        }
        return new ExtractionDecision(ExtractionReason.SKIP);
    }

    /** True when every row is read again (as opposed to a delta or nothing). */
    public boolean fullExtraction() {
        return reason != ExtractionReason.DELTA && reason != ExtractionReason.SKIP;
    }

    /** True when the source must be queried at all. */
    public boolean queriesSource() {
        return reason != ExtractionReason.SKIP;
    }
}
