package dev.dvt.core.select;

/** The three kinds of dbt tests, as {@code test_type:} selects them. */
public enum TestType {
    /** A test defined in YAML from a test block ({@code unique}, {@code not_null}, custom ones). */
    GENERIC,
    /** A SQL file under {@code tests/}. */
    SINGULAR,
    /** A unit test defined in YAML under {@code unit_tests:}. */
    UNIT
}
