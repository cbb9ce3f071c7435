package dev.dvt.core.bulk;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.spi.ConnectionSource;
import dev.dvt.spi.ExtractionRequest;
import dev.dvt.spi.ExtractionResult;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Row-by-row JDBC reads into Parquet: one streamed reader ({@code fetchSize} rows per round trip),
 * or {@code numPartitions} readers in parallel over ranges of a numeric column, each writing its
 * own part file. Memory stays bounded: rows flow through a CSV pipe into DuckDB.
 */
public final class JdbcReads {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcReads.class);

    private JdbcReads() {
    }

    /** Partitioned when the request allows it, else a single streamed read. */
    public static ExtractionResult extract(ExtractionRequest request) {
        if (request.numPartitions() > 1 && request.partitionColumn().isPresent()) {
            List<String> ranges = ranges(request);
            if (ranges.size() > 1) {
                return parallel(request, ranges);
            }
        }
        long rows = readInto(request.source(), request.sql(), request.fetchSize(), request.file(0));
        return new ExtractionResult(rows, "jdbc", List.of(request.file(0)));
    }

    /** Streams the result of {@code sql} into one Parquet file; returns the rows. */
    public static long readInto(ConnectionSource source, String sql, int fetchSize, Path parquet) {
        try (Connection c = source.open()) {
            try {
                // PostgreSQL and others only honour the fetch size outside auto-commit.
                c.setAutoCommit(false);
            } catch (SQLFeatureNotSupportedException e) {
                LOG.debug("Driver keeps auto-commit: {}", e.getMessage());
            }
            try (Statement st = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                st.setFetchSize(fetchSize);
                try (ResultSet rs = st.executeQuery(sql)) {
                    List<StagedColumn> columns = columns(rs.getMetaData(), BinaryText.HEX);
                    return PipedTransfer.transfer(parquet.getParent(), "." + parquet.getFileName() + ".csv",
                            file -> {
                                try (Writer out = new BufferedWriter(new OutputStreamWriter(
                                        Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
                                    ResultSetCsvWriter.write(rs, columns, out);
                                }
                            },
                            file -> CsvToParquet.convert(file, columns, parquet));
                }
            } finally {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
            }
        } catch (SQLException e) {
            throw new DvtException(ErrorCode.DATABASE, "Reading from the source failed: " + e.getMessage()
                    + " (query: " + sql + ")", e);
        }
    }

    /** The staged columns of a JDBC result. */
    public static List<StagedColumn> columns(ResultSetMetaData meta, BinaryText binary) throws SQLException {
        List<StagedColumn> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(DuckDbTypes.forJdbc(meta.getColumnLabel(i), meta.getColumnType(i), meta.getColumnTypeName(i),
                    meta.getPrecision(i), meta.getScale(i), binary));
        }
        return columns;
    }

    /**
     * One query per partition over {@code [min, max]} of the partition column, split into equal
     * ranges; the first and last range are open-ended so no row falls outside.
     */
    static List<String> ranges(ExtractionRequest request) {
        String column = request.dialect().quoteIdentifier(request.partitionColumn().orElseThrow());
        BigDecimal min;
        BigDecimal max;
        try (Connection c = request.source().open(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT MIN(" + column + "), MAX(" + column + ") FROM ("
                        + request.sql() + ") dvt_bounds")) {
            rs.next();
            min = rs.getBigDecimal(1);
            max = rs.getBigDecimal(2);
        } catch (SQLException e) {
            throw new DvtException(ErrorCode.DATABASE, "Cannot read the range of " + column
                    + " for a partitioned read: " + e.getMessage(), e);
        }
        if (min == null || max == null) {
            return List.of(request.sql());
        }
        long low = min.setScale(0, RoundingMode.FLOOR).longValueExact();
        long high = max.setScale(0, RoundingMode.CEILING).longValueExact();
        long span = high - low + 1;
        int parts = (int) Math.max(1, Math.min(request.numPartitions(), span));
        long step = (span + parts - 1) / parts;
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            long from = low + i * step;
            List<String> conditions = new ArrayList<>();
            if (i > 0) {
                conditions.add(column + " >= " + from);
            }
            if (i < parts - 1) {
                conditions.add(column + " < " + (from + step));
            }
            queries.add("SELECT * FROM (" + request.sql() + ") dvt_part"
                    + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)));
        }
        return queries;
    }

    private static ExtractionResult parallel(ExtractionRequest request, List<String> queries) {
        ExecutorService pool = Executors.newFixedThreadPool(queries.size(), r -> {
            Thread t = new Thread(r, "dvt-jdbc-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Long>> reads = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                String sql = queries.get(i);
                Path file = request.file(i);
                reads.add(pool.submit(() -> readInto(request.source(), sql, request.fetchSize(), file)));
            }
            long rows = 0;
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < reads.size(); i++) {
                rows += reads.get(i).get();
                files.add(request.file(i));
            }
            LOG.debug("Partitioned read of {} rows in {} parts", rows, files.size());
            return new ExtractionResult(rows, "jdbc_partitioned", files);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof DvtException d ? d
                    : new DvtException(ErrorCode.FEDERATION, "Partitioned read failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DvtException(ErrorCode.FEDERATION, "Partitioned read was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
