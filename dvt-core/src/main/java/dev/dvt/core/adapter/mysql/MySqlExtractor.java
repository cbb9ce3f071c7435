package dev.dvt.core.adapter.mysql;

import dev.dvt.core.bulk.JdbcReads;
import dev.dvt.spi.ExtractionRequest;
import dev.dvt.spi.ExtractionResult;
import dev.dvt.spi.SourceExtractor;
import java.util.List;

/**
 * Extracts with one streamed JDBC read (the driver fetches {@code fetch_size} rows at a time
 * instead of buffering the result), written to Parquet through embedded DuckDB.
 */
public final class MySqlExtractor implements SourceExtractor {
    @Override
    public ExtractionResult extract(ExtractionRequest request) {
        long rows = JdbcReads.readInto(request.source(), request.sql(), request.fetchSize(), request.file(0));
        return new ExtractionResult(rows, "jdbc_stream", List.of(request.file(0)));
    }
}
