package dev.dvt.core.adapter.duckdb;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.bulk.EmbeddedDuckDb;
import dev.dvt.spi.ExtractionRequest;
import dev.dvt.spi.ExtractionResult;
import dev.dvt.spi.SourceExtractor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Extracts with DuckDB's own {@code COPY (<query>) TO '<file>' (FORMAT parquet)} on the source database. */
public final class DuckDbExtractor implements SourceExtractor {
    @Override
    public ExtractionResult extract(ExtractionRequest request) {
        Path parquet = request.file(0);
        try (Connection c = request.source().open(); Statement s = c.createStatement()) {
            long rows = s.executeUpdate("COPY (" + request.sql() + ") TO " + EmbeddedDuckDb.literal(parquet.toString())
                    + " (" + EmbeddedDuckDb.STAGING_PARQUET + ")");
            return new ExtractionResult(rows, "copy", List.of(parquet));
        } catch (SQLException e) {
            throw new DvtException(ErrorCode.DATABASE, "DuckDB COPY failed: " + e.getMessage()
                    + " (query: " + request.sql() + ")", e);
        }
    }
}
