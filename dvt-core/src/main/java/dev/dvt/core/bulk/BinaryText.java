package dev.dvt.core.bulk;

/** How a source writes binary values as text. */
public enum BinaryText {
    /** Plain hex digits (what {@link ResultSetCsvWriter} writes). */
    HEX,
    /** PostgreSQL's bytea output: {@code \x} followed by hex digits. */
    POSTGRES_HEX
}
