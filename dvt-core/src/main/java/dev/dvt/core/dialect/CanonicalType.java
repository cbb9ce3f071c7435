package dev.dvt.core.dialect;

/** The small database-neutral type set that seeds, contracts and loaders are described in. */
public enum CanonicalType {
    STRING,
    TEXT,
    INT,
    BIGINT,
    SMALLINT,
    FLOAT,
    DOUBLE,
    DECIMAL,
    BOOLEAN,
    DATE,
    TIMESTAMP,
    TIMESTAMP_TZ,
    TIME,
    BINARY,
    JSON
}
