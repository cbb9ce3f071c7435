package dev.dvt.core.adapter.postgres;

import dev.dvt.core.bulk.BulkTableLoader;
import dev.dvt.core.bulk.EmbeddedDuckDb;
import dev.dvt.core.bulk.ParquetColumn;
import dev.dvt.core.bulk.ParquetFiles;
import dev.dvt.core.bulk.PipedTransfer;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.spi.LoadRequest;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads with {@code COPY <table> FROM STDIN (FORMAT csv)}, the CSV produced from the Parquet
 * files by embedded DuckDB and streamed through a pipe. NULL is an empty field and the empty
 * string {@code ""}, as PostgreSQL's CSV format reads them; binary values travel as {@code \x} hex.
 */
public final class PostgresLoader extends BulkTableLoader {
    @Override
    protected String method() {
        return "copy";
    }

    @Override
    protected long bulkInsert(Connection c, LoadRequest request, RelationName table, List<ParquetColumn> columns) {
        String select = "SELECT " + columns.stream().map(PostgresLoader::csvExpression).collect(Collectors.joining(", "))
                + " FROM " + ParquetFiles.scan(request.parquetFiles());
        String copy = "COPY " + request.dialect().render(table) + " ("
                + columns.stream().map(col -> request.dialect().quoteIdentifier(col.name()))
                        .collect(Collectors.joining(", ")) + ") FROM STDIN (FORMAT csv)";
        return PipedTransfer.transfer(request.parquetFiles().get(0).getParent(), pipeName(request, table),
                file -> {
                    try (Connection duck = EmbeddedDuckDb.openForPipe(); Statement s = duck.createStatement()) {
                        s.execute("COPY (" + select + ") TO " + EmbeddedDuckDb.literal(file.toString())
                                + " (FORMAT csv, HEADER false)");
                    }
                },
                file -> {
                    CopyManager manager = c.unwrap(PGConnection.class).getCopyAPI();
                    // FileInputStream, not Files.newInputStream: the latter cannot answer available() on a pipe
                    try (InputStream in = new BufferedInputStream(new FileInputStream(file.toFile()), 1 << 16)) {
                        return manager.copyIn(copy, in);
                    }
                });
    }

    private static String csvExpression(ParquetColumn column) {
        String name = EmbeddedDuckDb.identifier(column.name());
        return column.duckType().equals("BLOB") ? "'\\x' || hex(" + name + ") AS " + name : name;
    }

    @Override
    protected void prepareMerge(Connection c, LoadRequest request, List<String> key) throws SQLException {
        if (request.dialect() instanceof PostgresDialect postgres) {
            execute(c, postgres.createUniqueIndex(request.table(), key));
        }
    }
}
