package dev.dvt.core.config;

/**
 * Project-level {@code quoting:}. A null component means "not set": the adapter's default
 * applies.
 */
public record QuotingConfig(Boolean database, Boolean schema, Boolean identifier) {
    public static final QuotingConfig UNSET = new QuotingConfig(null, null, null);
}
