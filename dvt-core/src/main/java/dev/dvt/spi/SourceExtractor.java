package dev.dvt.spi;

/** Reads the rows of one query from a database and writes them as Parquet files. */
@FunctionalInterface
public interface SourceExtractor {
    ExtractionResult extract(ExtractionRequest request);
}
