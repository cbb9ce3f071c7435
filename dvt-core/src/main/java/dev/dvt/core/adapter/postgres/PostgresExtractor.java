package dev.dvt.core.adapter.postgres;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.bulk.BinaryText;
import dev.dvt.core.bulk.JdbcReads;
import dev.dvt.core.bulk.SegmentedCsvToParquet;
import dev.dvt.core.bulk.StagedColumn;
import dev.dvt.spi.ExtractionRequest;
import dev.dvt.spi.ExtractionResult;
import dev.dvt.spi.SourceExtractor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Extracts with {@code COPY (<query>) TO STDOUT (FORMAT csv)}, cut into segments that embedded
 * DuckDB converts to Parquet part files (with the column types the query's metadata reports)
 * while PostgreSQL sends the next.
 * The session is set to ISO dates and UTC so the text DuckDB parses is unambiguous.
 */
public final class PostgresExtractor implements SourceExtractor {
    private final long segmentBytes;

    public PostgresExtractor() {
        this(SegmentedCsvToParquet.DEFAULT_SEGMENT_BYTES);
    }

    /** An extractor cutting the stream every {@code segmentBytes}; small values let tests see many segments. */
    public PostgresExtractor(long segmentBytes) {
        this.segmentBytes = segmentBytes;
    }

    @Override
    public ExtractionResult extract(ExtractionRequest request) {
        try (Connection c = request.source().open()) {
            List<StagedColumn> columns = columns(c, request.sql());
            try (Statement s = c.createStatement()) {
                s.execute("SET DateStyle = 'ISO, MDY'");
                s.execute("SET TimeZone = 'UTC'");
                s.execute("SET extra_float_digits = 3");
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            String sql = "COPY (" + request.sql() + ") TO STDOUT (FORMAT csv)";
            SegmentedCsvToParquet.Result staged = SegmentedCsvToParquet.convert(request.outputDirectory(), columns,
                    request::file, segmentBytes, out -> copy.copyOut(sql, out));
            return new ExtractionResult(staged.rows(), "copy", staged.files());
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
