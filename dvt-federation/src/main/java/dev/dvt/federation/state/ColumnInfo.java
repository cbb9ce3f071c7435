package dev.dvt.federation.state;

import static java.util.Objects.requireNonNull;

/** A column of a source as the database reports it: exact name and database type name. */
public record ColumnInfo(String name, String type) {
    public ColumnInfo {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
    }
}
