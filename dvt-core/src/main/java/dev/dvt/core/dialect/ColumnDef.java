package dev.dvt.core.dialect;

import static java.util.Objects.requireNonNull;

/** A column for CREATE TABLE: its unquoted name and its DDL type already in the database's words. */
public record ColumnDef(String name, String ddlType) {
    public ColumnDef {
        requireNonNull(name, "name is null");
        requireNonNull(ddlType, "ddlType is null");
    }
}
