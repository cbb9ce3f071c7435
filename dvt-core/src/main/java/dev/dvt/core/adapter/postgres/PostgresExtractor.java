package dev.dvt.core.adapter.postgres;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.bulk.BinaryText;
import dev.dvt.core.bulk.CsvToParquet;
import dev.dvt.core.bulk.JdbcReads;
import dev.dvt.core.bulk.PipedTransfer;
import dev.dvt.core.bulk.StagedColumn;
import dev.dvt.spi.ExtractionRequest;
import dev.dvt.spi.ExtractionResult;
import dev.dvt.spi.SourceExtractor;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Extracts with {@code COPY (<query>) TO STDOUT (FORMAT csv)}, streamed through a pipe into
 * embedded DuckDB, which writes Parquet with the column types the query's metadata reports.
 * The session is set to ISO dates and UTC so the text DuckDB parses is unambiguous.
 */
public final class PostgresExtractor implements SourceExtractor {
    @Override
    public ExtractionResult extract(ExtractionRequest request) {
        Path parquet = request.file(0);
        try (Connection c = request.source().open()) {
            List<StagedColumn> columns = columns(c, request.sql());
            try (Statement s = c.createStatement()) {
                s.execute("SET DateStyle = 'ISO, MDY'");
                s.execute("SET TimeZone = 'UTC'");
                s.execute("SET extra_float_digits = 3");
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            String sql = "COPY (" + request.sql() + ") TO STDOUT (FORMAT csv)";
            long rows = PipedTransfer.transfer(request.outputDirectory(), "." + parquet.getFileName() + ".csv",
                    file -> {
                        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                            copy.copyOut(sql, out);
                        }
                    },
                    file -> CsvToParquet.convert(file, columns, parquet));
            return new ExtractionResult(rows, "copy", List.of(parquet));
        } catch (SQLException e) {
            throw new DvtException(ErrorCode.DATABASE, "PostgreSQL COPY failed: " + e.getMessage()
                    + " (query: " + request.sql() + ")", e);
        }
    }

    private static List<StagedColumn> columns(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM (" + sql + ") dvt_columns LIMIT 0")) {
            return JdbcReads.columns(rs.getMetaData(), BinaryText.POSTGRES_HEX);
        }
    }
}
