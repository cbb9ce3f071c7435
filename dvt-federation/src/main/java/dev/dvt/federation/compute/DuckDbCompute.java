package dev.dvt.federation.compute;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.bulk.EmbeddedDuckDb;
import dev.dvt.core.config.ComputeConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code type: duckdb} compute: an in-memory DuckDB inside the dvt JVM. Each job gets its own
 * connection to the shared database, registers its inputs as temporary views (visible to that
 * connection only, so concurrent models do not collide), and has DuckDB stream the result into a
 * directory of snappy Parquet part files with {@code COPY}; no row passes through Java. Parts of
 * about a million rows let a loader write a large result over several connections at once.
 */
public final class DuckDbCompute implements ComputeEngine {
    private static final Logger LOG = LoggerFactory.getLogger(DuckDbCompute.class);
    static final String ENGINE = "duckdb";
    /** DuckDB's row groups hold 122,880 rows: eight make a part of about a million. */
    private static final int ROW_GROUPS_PER_PART = 8;

    private final ComputeConfig.DuckDb config;
    private DuckDBConnection database;
    private boolean closed;

    DuckDbCompute(ComputeConfig.DuckDb config) {
        this.config = requireNonNull(config, "config is null");
    }

    @Override
    public String engineName() {
        return ENGINE;
    }

    @Override
    public ComputeResult run(ComputeJob job) {
        requireNonNull(job, "job is null");
        long began = System.nanoTime();
        String output = OutputLocations.prepareDirectory(job.output());
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            for (StagedInput input : job.inputs()) {
                statement.execute("CREATE OR REPLACE TEMP VIEW \"" + input.viewName() + "\" AS SELECT * FROM "
                        + scan(input, job));
            }
            statement.execute("COPY (" + parquetSafe(statement, SqlLiterals.body(job.sql())) + "\n) TO " + SqlLiterals.quote(output)
                    + " (" + EmbeddedDuckDb.STAGING_PARQUET + ", ROW_GROUPS_PER_FILE " + ROW_GROUPS_PER_PART + ")");
            List<String> parts = OutputLocations.partFiles(output);
            String read = "read_parquet(" + SqlLiterals.quote(OutputLocations.parquetPattern(output)) + ")";
            List<ResultColumn> columns = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("DESCRIBE SELECT * FROM " + read)) {
                while (rs.next()) {
                    columns.add(new ResultColumn(rs.getString("column_name"), rs.getString("column_type")));
                }
            }
            long rows;
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + read)) {
                rs.next();
                rows = rs.getLong(1);
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - began);
            LOG.debug("DuckDB wrote {} rows of {} to {} in {} ms", rows, job.modelUniqueId(), output, elapsed.toMillis());
            return new ComputeResult(rows, parts, columns, elapsed, ENGINE);
        } catch (SQLException e) {
            throw new DvtException(ErrorCode.FEDERATION, "DuckDB compute '" + config.name() + "' could not run "
                    + job.modelUniqueId() + ": " + e.getMessage(), e);
        }
    }

    /** The table function reading one input; JSON lines and arrays are both what read_json detects. */
    private String scan(StagedInput input, ComputeJob job) {
        return switch (input.format()) {
            case PARQUET -> "read_parquet(" + SqlLiterals.quote(OutputLocations.parquetPattern(input.location())) + ")";
            case JSON_LINES, JSON_ARRAY -> "read_json(" + SqlLiterals.quote(input.location()) + ")";
            case ORC -> throw new DvtException(ErrorCode.FEDERATION, "DuckDB compute '" + config.name()
                    + "' cannot read ORC (" + input.location() + ") for " + job.modelUniqueId()
                    + "; use a Spark compute");
        };
    }

    /**
     * The query, with 128-bit integer columns (what DuckDB's {@code sum} of integers returns) cast
     * to {@code DECIMAL(38,0)}: Parquet has no 128-bit integer and DuckDB would write a lossy
     * DOUBLE instead.
     */
    private static String parquetSafe(Statement statement, String query) throws SQLException {
        List<String> casts = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("DESCRIBE " + query)) {
            while (rs.next()) {
                String type = rs.getString("column_type");
                if (type.equals("HUGEINT") || type.equals("UHUGEINT")) {
                    String column = "\"" + rs.getString("column_name").replace("\"", "\"\"") + "\"";
                    casts.add("CAST(" + column + " AS DECIMAL(38,0)) AS " + column);
                }
            }
        }
        if (casts.isEmpty()) {
            return query;
        }
        return "SELECT * REPLACE (" + String.join(", ", casts) + ") FROM (" + query + "\n) AS _dvt_result";
    }

    /** A new connection to the engine's database, opening the database on first use. */
    private synchronized Connection connection() throws SQLException {
        if (closed) {
            throw new IllegalStateException("DuckDB compute '" + config.name() + "' is closed");
        }
        if (database == null) {
            DuckDBConnection opened = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
            try (Statement statement = opened.createStatement()) {
                for (String setting : settings()) {
                    statement.execute(setting);
                }
            } catch (SQLException e) {
                opened.close();
                throw new DvtException(ErrorCode.CONFIG, "DuckDB compute '" + config.name()
                        + "' has a setting DuckDB refuses (check memory_limit, threads, temp_directory in computes.yml): "
                        + e.getMessage(), e);
            }
            database = opened;
        }
        return database.duplicate();
    }

    List<String> settings() {
        List<String> settings = new ArrayList<>();
        if (config.memoryLimit() != null) {
            settings.add("SET memory_limit = " + SqlLiterals.quote(config.memoryLimit()));
        }
        if (config.threads() != null) {
            settings.add("SET threads = " + config.threads());
        }
        if (config.tempDirectory() != null) {
            settings.add("SET temp_directory = " + SqlLiterals.quote(config.tempDirectory()));
        }
        return settings;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (database != null) {
            try {
                database.close();
            } catch (SQLException e) {
                LOG.debug("Closing DuckDB compute '{}' failed", config.name(), e);
            }
            database = null;
        }
    }
}
