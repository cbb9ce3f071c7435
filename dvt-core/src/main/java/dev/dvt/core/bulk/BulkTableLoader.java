package dev.dvt.core.bulk;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.dialect.ColumnDef;
import dev.dvt.core.dialect.IncrementalStrategy;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.core.dialect.SqlDialect;
import dev.dvt.spi.LoadRequest;
import dev.dvt.spi.LoadResult;
import dev.dvt.spi.TableLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loading protocol every database shares; subclasses supply the bulk insert of Parquet rows
 * into an existing, empty table. The target is never half-written: a replacement is loaded into
 * {@code <table>__dvt_tmp} and swapped in only when complete (one transaction where DDL is
 * transactional), and incremental rows are loaded into {@code _dvt_staging_<table>} and applied
 * to the target in one transaction. With {@code numPartitions} above one and several files, the
 * rows go in over that many connections at once, each loading a share of the files; neither
 * table is visible to readers of the target until the swap or the apply.
 */
public abstract class BulkTableLoader implements TableLoader {
    private static final Logger LOG = LoggerFactory.getLogger(BulkTableLoader.class);
    public static final String TMP_SUFFIX = "__dvt_tmp";

    /** Inserts every row of the request's files into {@code table}, which has {@code columns}. */
    protected abstract long bulkInsert(Connection connection, LoadRequest request, RelationName table,
            List<ParquetColumn> columns) throws Exception;

    /** The method name reported in results, e.g. {@code copy}. */
    protected abstract String method();

    /** Whether several connections inserting at once are faster; false where one insert already uses every core. */
    protected boolean insertsInParallel() {
        return true;
    }

    /** A name for the pipe of one connection's share, unique among the shares of one load. */
    protected static String pipeName(LoadRequest request, RelationName table) {
        return ".dvt-load-" + table.identifier() + "-" + request.parquetFiles().get(0).getFileName() + ".csv";
    }

    @Override
    public LoadResult load(LoadRequest request) {
        List<ParquetColumn> columns = ParquetFiles.schema(request.parquetFiles());
        try (Connection c = request.target().open()) {
            c.setAutoCommit(true);
            boolean exists = exists(c, request.dialect(), request.table());
            long rows = request.incremental().isPresent() && exists && !request.fullRefresh()
                    ? incremental(c, request, columns)
                    : replace(c, request, columns, exists);
            return new LoadResult(rows, method());
        } catch (DvtException e) {
            throw new DvtException(e.code(), leftAsItWas(request) + e.getMessage(), e);
        } catch (Exception e) {
            throw new DvtException(ErrorCode.DATABASE, leftAsItWas(request)
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    private static String leftAsItWas(LoadRequest request) {
        return "Loading " + request.table() + " failed, and it was left as it was: ";
    }

    private long replace(Connection c, LoadRequest request, List<ParquetColumn> columns, boolean exists)
            throws Exception {
        SqlDialect dialect = request.dialect();
        RelationName tmp = request.table().withIdentifier(request.table().identifier() + TMP_SUFFIX);
        execute(c, dialect.dropTableIfExists(tmp));
        execute(c, dialect.createTable(tmp, columnDefs(request, columns)));
        try {
            long rows = insert(c, request, tmp, columns);
            swap(c, dialect, tmp, request.table(), exists);
            return rows;
        } catch (Exception e) {
            dropQuietly(c, dialect, tmp);
            throw e;
        }
    }

    /** Inserts on {@code c} alone, or over several connections when the request allows it. */
    private long insert(Connection c, LoadRequest request, RelationName table, List<ParquetColumn> columns)
            throws Exception {
        List<List<Path>> shares = LoadShares.split(request.parquetFiles(),
                insertsInParallel() ? request.numPartitions() : 1);
        if (shares.size() == 1) {
            return bulkInsert(c, request, table, columns);
        }
        LOG.debug("Loading {} files into {} over {} connections", request.parquetFiles().size(), table, shares.size());
        ExecutorService streams = Executors.newFixedThreadPool(shares.size() - 1, r -> {
            Thread t = new Thread(r, "dvt-load-" + table.identifier());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Long>> others = new ArrayList<>();
            for (List<Path> share : shares.subList(1, shares.size())) {
                LoadRequest part = request.withParquetFiles(share);
                others.add(streams.submit(() -> {
                    try (Connection own = request.target().open()) {
                        own.setAutoCommit(true);
                        return bulkInsert(own, part, table, columns);
                    }
                }));
            }
            Exception failure = null;
            long rows = 0;
            try {
                rows = bulkInsert(c, request.withParquetFiles(shares.get(0)), table, columns);
            } catch (Exception e) {
                failure = e;
            }
            // Wait for every share, even after a failure, so the table is dropped only once no one writes it.
            for (Future<Long> other : others) {
                try {
                    rows += other.get();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof Exception cause ? cause : e;
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
            return rows;
        } finally {
            streams.shutdownNow();
        }
    }

    /** Puts the loaded {@code tmp} table in the place of {@code table}. */
    protected void swap(Connection c, SqlDialect dialect, RelationName tmp, RelationName table, boolean exists)
            throws SQLException {
        if (!dialect.ddlIsTransactional()) {
            if (exists) {
                execute(c, dialect.dropTableIfExists(table));
            }
            execute(c, dialect.renameRelation(tmp, table.identifier()));
            return;
        }
        inTransaction(c, () -> {
            if (exists) {
                execute(c, dialect.dropTableIfExists(table));
            }
            execute(c, dialect.renameRelation(tmp, table.identifier()));
        });
    }

    private long incremental(Connection c, LoadRequest request, List<ParquetColumn> columns) throws Exception {
        SqlDialect dialect = request.dialect();
        RelationName staging = dialect.stagingRelation(request.table());
        execute(c, dialect.dropTableIfExists(staging));
        execute(c, dialect.createTable(staging, columnDefs(request, columns)));
        try {
            long rows = insert(c, request, staging, columns);
            List<String> names = columns.stream().map(ParquetColumn::name).toList();
            List<String> key = matchColumns(request.uniqueKey(), names);
            IncrementalStrategy strategy = request.incremental().orElseThrow();
            if (strategy == IncrementalStrategy.MERGE) {
                prepareMerge(c, request, key);
            }
            List<String> statements = statements(dialect, strategy, request.table(), staging, key,
                    matchColumns(request.partitionBy(), names), names);
            inTransaction(c, () -> {
                for (String sql : statements) {
                    execute(c, sql);
                }
            });
            return rows;
        } finally {
            dropQuietly(c, dialect, staging);
        }
    }

    /** The columns to create: Parquet's types mapped to the target's, unless the request names a type. */
    private static List<ColumnDef> columnDefs(LoadRequest request, List<ParquetColumn> columns) {
        return columns.stream().map(col -> {
            String type = request.columnTypeOf(col.name());
            return type == null ? col.toColumnDef(request.dialect()) : new ColumnDef(col.name(), type);
        }).toList();
    }

    /** Work a merge needs first, such as the unique index PostgreSQL's ON CONFLICT relies on. */
    protected void prepareMerge(Connection c, LoadRequest request, List<String> key) throws SQLException {
    }

    static List<String> statements(SqlDialect dialect, IncrementalStrategy strategy, RelationName target,
            RelationName staging, List<String> key, List<String> partitionBy, List<String> columns) {
        String selectAll = "SELECT " + columns.stream().map(dialect::quoteIdentifier).collect(Collectors.joining(", "))
                + " FROM " + dialect.render(staging);
        return switch (strategy) {
            case APPEND, MICROBATCH -> List.of(dialect.insertIntoSelect(target, columns, selectAll));
            case MERGE -> List.of(dialect.mergeSql(target, staging, requireKey(key, strategy), columns));
            case DELETE_INSERT -> dialect.deleteInsertSql(target, staging, requireKey(key, strategy), columns);
            case INSERT_OVERWRITE -> List.of(overwriteDelete(dialect, target, staging, partitionBy),
                    dialect.insertIntoSelect(target, columns, selectAll));
        };
    }

    /** Deletes the partitions present in staging, or every row when there are no partition columns. */
    private static String overwriteDelete(SqlDialect dialect, RelationName target, RelationName staging,
            List<String> partitionBy) {
        if (partitionBy.isEmpty()) {
            return "DELETE FROM " + dialect.render(target);
        }
        String cols = partitionBy.stream().map(dialect::quoteIdentifier).collect(Collectors.joining(", "));
        String tuple = partitionBy.size() == 1 ? cols : "(" + cols + ")";
        return "DELETE FROM " + dialect.render(target) + " WHERE " + tuple + " IN (SELECT DISTINCT " + cols
                + " FROM " + dialect.render(staging) + ")";
    }

    private static List<String> requireKey(List<String> key, IncrementalStrategy strategy) {
        if (key.isEmpty()) {
            throw new DvtException(ErrorCode.CONFIG, "incremental_strategy '" + strategy.configName()
                    + "' needs a unique_key; set unique_key in the model config");
        }
        return key;
    }

    /** The result's own spelling of each configured column, matched case-insensitively. */
    static List<String> matchColumns(List<String> wanted, List<String> columns) {
        List<String> matched = new ArrayList<>();
        for (String name : wanted) {
            matched.add(columns.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new DvtException(ErrorCode.CONFIG, "Column '" + name
                            + "' of the model config is not in the model's result columns " + columns)));
        }
        return matched;
    }

    protected static boolean exists(Connection c, SqlDialect dialect, RelationName table) {
        try (Statement s = c.createStatement()) {
            s.executeQuery("SELECT 1 FROM " + dialect.render(table) + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    protected static void execute(Connection c, String sql) throws SQLException {
        LOG.debug("Load: {}", sql);
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A unit of work that may fail with a database error. */
    @FunctionalInterface
    protected interface SqlWork {
        void run() throws SQLException;
    }

    protected static void inTransaction(Connection c, SqlWork work) throws SQLException {
        c.setAutoCommit(false);
        try {
            work.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static void dropQuietly(Connection c, SqlDialect dialect, RelationName table) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            execute(c, dialect.dropTableIfExists(table));
        } catch (SQLException e) {
            LOG.warn("Could not drop {} after the load: {}", table, e.getMessage());
        }
    }
}
