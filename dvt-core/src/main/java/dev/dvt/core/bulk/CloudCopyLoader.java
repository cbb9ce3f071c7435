package dev.dvt.core.bulk;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.dialect.RelationName;
import dev.dvt.spi.LoadRequest;
import dev.dvt.spi.LoadResult;
import dev.dvt.spi.TableLoader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The loader of a cloud warehouse (Snowflake, Databricks, Redshift, BigQuery): when the result is
 * in a cloud staging bucket the warehouse can read, the warehouse pulls the Parquet itself with
 * its COPY statement ({@link CloudCopyStatements}), so no row passes through DVT; otherwise rows
 * go in JDBC batches. Either way the table is replaced or changed as {@link BulkTableLoader} does.
 */
public final class CloudCopyLoader implements TableLoader {
    private final String warehouse;

    public CloudCopyLoader(String warehouse) {
        this.warehouse = requireNonNull(warehouse, "warehouse is null");
        if (!CloudCopyStatements.WAREHOUSES.contains(warehouse)) {
            throw new IllegalArgumentException("no COPY statement for " + warehouse);
        }
    }

    @Override
    public boolean readsFromBucket(String bucketType) {
        return CloudCopyStatements.supports(warehouse, bucketType);
    }

    @Override
    public LoadResult load(LoadRequest request) {
        boolean fromBucket = request.bucketCopy().map(copy -> readsFromBucket(copy.bucket().type())).orElse(false);
        return fromBucket ? new FromBucket().load(request) : new Batches().load(request);
    }

    /** The statement that fills {@code table} from the request's bucket copy. */
    public String copyStatement(LoadRequest request, RelationName table) {
        LoadRequest.BucketCopy copy = request.bucketCopy().orElseThrow(
                () -> new IllegalArgumentException("the request has no bucket copy"));
        return CloudCopyStatements.forBucket(warehouse, request.dialect().render(table), copy.bucket(),
                copy.directoryKey());
    }

    private final class FromBucket extends BulkTableLoader {
        @Override
        protected String method() {
            return "copy_from_bucket";
        }

        /** One COPY reads the whole bucket directory: a second connection would load it twice. */
        @Override
        protected boolean insertsInParallel() {
            return false;
        }

        @Override
        protected long bulkInsert(Connection c, LoadRequest request, RelationName table, List<ParquetColumn> columns)
                throws SQLException {
            execute(c, copyStatement(request, table));
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM " + request.dialect().render(table))) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static final class Batches extends BulkTableLoader {
        @Override
        protected String method() {
            return "jdbc";
        }

        @Override
        protected long bulkInsert(Connection c, LoadRequest request, RelationName table, List<ParquetColumn> columns)
                throws SQLException {
            return JdbcBatchInsert.insert(c, request, table, columns);
        }
    }
}
