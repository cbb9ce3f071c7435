package dev.dvt.core.seed;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.dialect.SqlDialect;
import dev.dvt.core.dialect.TypeSpec;

/**
 * One column of a seed as inferred from its file.
 *
 * @param name the header text, unchanged
 * @param type the inferred kind (TEXT when {@code column_types} names the column, as in dbt)
 * @param canonicalType the database-neutral type for {@code type}
 * @param typeOverride the {@code column_types} entry for this column, or null
 */
public record SeedColumn(String name, int index, SeedType type, TypeSpec canonicalType, String typeOverride) {
    public SeedColumn {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        requireNonNull(canonicalType, "canonicalType is null");
    }

    /** The column's type in {@code dialect}'s words: the override as written, else the mapped type. */
    public String sqlType(SqlDialect dialect) {
        return typeOverride != null ? typeOverride : dialect.ddlType(canonicalType);
    }

    /** The column name for SQL: quoted when {@code quote_columns} is on, else as written. */
    public String sqlName(SqlDialect dialect, boolean quote) {
        return quote ? dialect.quoteIdentifier(name) : name;
    }
}
