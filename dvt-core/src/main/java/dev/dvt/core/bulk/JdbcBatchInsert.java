package dev.dvt.core.bulk;

import dev.dvt.spi.LoadRequest;
import dev.dvt.core.dialect.RelationName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * JDBC batch inserts of {@code jdbc_load.batch_size} rows, reading the Parquet files row by row
 * through embedded DuckDB: the load path of databases without a bulk path of their own.
 */
public final class JdbcBatchInsert {
    private JdbcBatchInsert() {
    }

    public static long insert(Connection c, LoadRequest request, RelationName table, List<ParquetColumn> columns)
            throws SQLException {
        String names = columns.stream().map(col -> request.dialect().quoteIdentifier(col.name()))
                .collect(Collectors.joining(", "));
        String insert = "INSERT INTO " + request.dialect().render(table) + " (" + names + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        long rows = 0;
        try (Connection duck = EmbeddedDuckDb.open(); Statement read = duck.createStatement();
                ResultSet rs = read.executeQuery("SELECT * FROM " + ParquetFiles.scan(request.parquetFiles()));
                PreparedStatement write = c.prepareStatement(insert)) {
            int pending = 0;
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    write.setObject(i, rs.getObject(i));
                }
                write.addBatch();
                rows++;
                if (++pending == request.batchSize()) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        return rows;
    }
}
