package dev.dvt.core.adapter.generic;

import dev.dvt.core.bulk.BulkTableLoader;
import dev.dvt.core.bulk.JdbcBatchInsert;
import dev.dvt.core.bulk.ParquetColumn;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.spi.LoadRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Loads with JDBC batch inserts of {@code jdbc_load.batch_size} rows, reading the Parquet files
 * row by row through embedded DuckDB. The fallback for databases without a bulk path.
 */
public final class GenericJdbcLoader extends BulkTableLoader {
    @Override
    protected String method() {
        return "jdbc";
    }

    @Override
    protected long bulkInsert(Connection c, LoadRequest request, RelationName table, List<ParquetColumn> columns)
            throws SQLException {
        return JdbcBatchInsert.insert(c, request, table, columns);
    }
}
