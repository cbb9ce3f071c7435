package dev.dvt.core.seed;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.dialect.ColumnDef;
import dev.dvt.core.dialect.SqlDialect;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one streaming pass over a seed file found: its columns with their types, the number of
 * data rows and the warnings raised.
 */
public record SeedSchema(Path file, SeedOptions options, List<SeedColumn> columns, long rowCount,
        List<String> warnings) {
    public SeedSchema {
        requireNonNull(file, "file is null");
        requireNonNull(options, "options is null");
        columns = List.copyOf(columns);
        warnings = List.copyOf(warnings);
    }

    public List<String> columnNames() {
        return columns.stream().map(SeedColumn::name).toList();
    }

    /** Columns for {@link SqlDialect#createTable} (which always quotes names). */
    public List<ColumnDef> columnDefs(SqlDialect dialect) {
        return columns.stream().map(c -> new ColumnDef(c.name(), c.sqlType(dialect))).toList();
    }

    /** {@code "a" INTEGER, "b" VARCHAR}: the body of CREATE TABLE, honouring {@code quote_columns}. */
    public String columnsDdl(SqlDialect dialect) {
        return columns.stream().map(c -> c.sqlName(dialect, options.quoteColumns()) + " " + c.sqlType(dialect))
                .collect(Collectors.joining(", "));
    }

    /** The column list for INSERT or COPY, honouring {@code quote_columns}. */
    public String columnList(SqlDialect dialect) {
        return columns.stream().map(c -> c.sqlName(dialect, options.quoteColumns()))
                .collect(Collectors.joining(", "));
    }
}
