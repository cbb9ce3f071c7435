package dev.dvt.core.seed;

/**
 * The kinds a seed column is inferred as, in the order dbt's agate type tester tries them: the
 * first kind every non-null value of the column fits wins, and text fits everything.
 */
public enum SeedType {
    /** Whole numbers only (also a column with no values at all, as in dbt). */
    INTEGER,
    /** Numbers, some with digits after the decimal point. */
    NUMBER,
    DATE,
    /** Dates with times, or a mix of dates and datetimes. */
    DATETIME,
    BOOLEAN,
    TEXT
}
