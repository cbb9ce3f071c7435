package dev.dvt.core.adapter.duckdb;

import dev.dvt.core.bulk.BulkTableLoader;
import dev.dvt.core.bulk.ParquetColumn;
import dev.dvt.core.bulk.ParquetFiles;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.spi.LoadRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/** Loads with {@code INSERT INTO … SELECT … FROM read_parquet(…)} on the target database itself. */
public final class DuckDbLoader extends BulkTableLoader {
    @Override
    protected String method() {
        return "read_parquet";
    }

    /** DuckDB reads the Parquet files on every core itself, and one database file takes one writer best. */
    @Override
    protected boolean insertsInParallel() {
        return false;
    }

    @Override
    protected long bulkInsert(Connection c, LoadRequest request, RelationName table, List<ParquetColumn> columns)
            throws SQLException {
        String names = columns.stream().map(col -> request.dialect().quoteIdentifier(col.name()))
                .collect(Collectors.joining(", "));
        try (Statement s = c.createStatement()) {
            return s.executeLargeUpdate("INSERT INTO " + request.dialect().render(table) + " (" + names + ") SELECT "
                    + names + " FROM " + ParquetFiles.scan(request.parquetFiles()));
        }
    }
}
