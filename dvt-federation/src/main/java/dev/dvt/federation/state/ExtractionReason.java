package dev.dvt.federation.state;

/** Why a source is (or is not) extracted; the lowercase name is what logs and state show. */
public enum ExtractionReason {
    /** {@code --full-refresh} forces a full extraction. */
    FULL_REFRESH,
    /** Nothing is staged for the source yet. */
    NO_STAGING,
    /** Staging exists but its state file is missing or unreadable. */
    NO_STATE,
    /** A column was added, removed, renamed or retyped, or the primary key changed. */
    SCHEMA_CHANGED,
    /** The extraction query (columns, predicates, limit) differs from the staged one. */
    QUERY_CHANGED,
    /** Unchanged schema and query, and a primary key: fetch only new and changed rows. */
    DELTA,
    /** Unchanged schema and query, no primary key to compare rows by: reuse the staging. */
    SKIP;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
