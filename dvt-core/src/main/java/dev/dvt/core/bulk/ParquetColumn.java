package dev.dvt.core.bulk;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.dialect.ColumnDef;
import dev.dvt.core.dialect.SqlDialect;

/** A column of a Parquet dataset as DuckDB reads it: name and DuckDB type. */
public record ParquetColumn(String name, String duckType) {
    public ParquetColumn {
        requireNonNull(name, "name is null");
        requireNonNull(duckType, "duckType is null");
    }

    /** The column for CREATE TABLE on a target. */
    public ColumnDef toColumnDef(SqlDialect dialect) {
        return new ColumnDef(name, dialect.ddlType(DuckDbTypes.toTypeSpec(duckType)));
    }
}
