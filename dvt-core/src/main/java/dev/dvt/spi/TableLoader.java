package dev.dvt.spi;

/** Writes Parquet files into a table of a database with its fastest bulk path. */
@FunctionalInterface
public interface TableLoader {
    LoadResult load(LoadRequest request);
}
