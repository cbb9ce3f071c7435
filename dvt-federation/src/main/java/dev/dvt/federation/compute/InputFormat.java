package dev.dvt.federation.compute;

/**
 * How a staged input is read. Extracted data is always Parquet; seed files come in the formats a
 * user has. JSON is told apart as lines or one array because Spark reads the two differently
 * (DuckDB's {@code read_json} detects either).
 */
public enum InputFormat {
    PARQUET("parquet"),
    JSON_LINES("json"),
    JSON_ARRAY("json"),
    ORC("orc");

    private final String sparkSource;

    InputFormat(String sparkSource) {
        this.sparkSource = sparkSource;
    }

    /** The Spark data source name ({@code USING <name>}). */
    public String sparkSource() {
        return sparkSource;
    }

    /** Whether the embedded DuckDB compute can read it (DuckDB has no ORC reader built in). */
    public boolean readableByDuckDb() {
        return this != ORC;
    }
}
