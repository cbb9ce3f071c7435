package dev.dvt.core.adapter.generic;

import dev.dvt.core.bulk.JdbcReads;
import dev.dvt.spi.ExtractionRequest;
import dev.dvt.spi.ExtractionResult;
import dev.dvt.spi.SourceExtractor;

/**
 * Extracts over plain JDBC: {@code jdbc_extraction.num_partitions} readers in parallel over
 * ranges of a numeric key when the request names one, else one streamed read.
 */
public final class GenericJdbcExtractor implements SourceExtractor {
    @Override
    public ExtractionResult extract(ExtractionRequest request) {
        return JdbcReads.extract(request);
    }
}
