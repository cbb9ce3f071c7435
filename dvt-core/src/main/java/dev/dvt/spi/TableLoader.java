package dev.dvt.spi;

/** Writes Parquet files into a table of a database with its fastest bulk path. */
@FunctionalInterface
public interface TableLoader {
    LoadResult load(LoadRequest request);

    /**
     * Whether this loader reads a result straight from a cloud bucket of this type ({@code s3},
     * {@code gcs}, {@code azure}) when the request carries a {@link LoadRequest.BucketCopy}, as
     * the warehouses' COPY statements do. Loaders that read local files say no.
     */
    default boolean readsFromBucket(String bucketType) {
        return false;
    }
}
