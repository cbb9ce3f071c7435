package dev.dvt.core.adapter.duckdb;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.adapter.jdbc.JdbcAdapter;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.spi.AdapterEnvironment;
import dev.dvt.spi.AdapterResponse;
import dev.dvt.spi.QueryResult;
import dev.dvt.spi.Relation;
import dev.dvt.spi.SeedLoad;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embedded DuckDB through duckdb_jdbc. Profile keys: {@code path} (a file, relative to the project
 * directory, or {@code :memory:}, the default), {@code schema} (default {@code main}),
 * {@code database} (must match the file's catalog name when given), {@code extensions} (loaded on
 * every connection; only extensions built into the driver or already installed work offline) and
 * {@code settings} (a map run as {@code SET key = value}).
 */
public final class DuckDbAdapter extends JdbcAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(DuckDbAdapter.class);

    private final DuckDbProfile profile;
    private final DuckDBConnection root;
    private final String catalog;

    DuckDbAdapter(TargetConfig target, AdapterEnvironment env, DuckDbProfile profile) {
        super(target, env, DuckDbDialect.DEFAULT);
        this.profile = profile;
        try {
            this.root = DuckDbDatabases.acquire(profile.path());
        } catch (SQLException e) {
            throw new DvtException(ErrorCode.CONNECTION, "Cannot open DuckDB database '" + profile.path()
                    + "' for target '" + target.name() + "': " + e.getMessage(), e);
        }
        this.catalog = currentCatalog();
        if (profile.database() != null && !profile.database().equalsIgnoreCase(catalog)) {
            close();
            throw new DvtException(ErrorCode.PROFILE, "Target '" + target.name() + "' sets database '"
                    + profile.database() + "', but the DuckDB file " + profile.path() + " has catalog '" + catalog
                    + "'; remove 'database' or set it to '" + catalog + "'");
        }
        LOG.debug("DuckDB target {} opened {} (catalog {})", target.name(), profile.path(), catalog);
    }

    private String currentCatalog() {
        QueryResult result = execute("select current_database()", true);
        return String.valueOf(result.rows().get(0).get(0));
    }

    @Override
    public String type() {
        return "duckdb";
    }

    @Override
    public String defaultDatabase() {
        return catalog;
    }

    @Override
    public String defaultSchema() {
        return profile.schema();
    }

    @Override
    protected Connection openConnection() throws SQLException {
        Connection connection = root.duplicate();
        try (Statement statement = connection.createStatement()) {
            for (String extension : profile.extensions()) {
                loadExtension(statement, extension);
            }
            for (Map.Entry<String, Object> setting : profile.settings().entrySet()) {
                statement.execute("SET " + setting.getKey() + " = " + settingValue(setting.getValue()));
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private void loadExtension(Statement statement, String extension) throws SQLException {
        try {
            statement.execute("LOAD " + getDialect().quoteIdentifier(extension));
        } catch (SQLException notInstalled) {
            try {
                statement.execute("INSTALL " + getDialect().quoteIdentifier(extension));
                statement.execute("LOAD " + getDialect().quoteIdentifier(extension));
            } catch (SQLException e) {
                throw new DvtException(ErrorCode.CONNECTION, "DuckDB extension '" + extension + "' of target '"
                        + target().name() + "' is neither built in nor installed, and installing it failed: "
                        + e.getMessage() + ". Install it with network access once, or remove it from 'extensions'", e);
            }
        }
    }

    private DuckDbDialect getDialect() {
        return (DuckDbDialect) dialect();
    }

    private String settingValue(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return dialect().quoteString(String.valueOf(value));
    }

    @Override
    protected long rowsAffected(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        if (meta.getColumnCount() == 1 && "Count".equals(meta.getColumnLabel(1)) && rs.next()) {
            return rs.getLong(1);
        }
        return -1;
    }

    /** {@code INSERT … SELECT * FROM read_csv(…)} with the declared types: DuckDB parses the file itself. */
    @Override
    public AdapterResponse loadSeed(Relation table, SeedLoad seed) {
        String columns = seed.columnTypes().entrySet().stream()
                .map(e -> dialect().quoteString(e.getKey()) + ": " + dialect().quoteString(e.getValue()))
                .collect(Collectors.joining(", "));
        List<String> names = List.copyOf(seed.columnTypes().keySet());
        String sql = "INSERT INTO " + dialect().render(table.toRelationName()) + " ("
                + names.stream().map(dialect()::quoteIdentifier).collect(Collectors.joining(", ")) + ")"
                + " SELECT * FROM read_csv(" + dialect().quoteString(seed.csvFile().toAbsolutePath().toString())
                + ", header = " + seed.header() + ", delim = " + dialect().quoteString(String.valueOf(seed.delimiter()))
                + ", quote = '\"', escape = '\"', auto_detect = false, columns = {" + columns + "})";
        QueryResult result = execute(sql, false);
        long rows = result.response().rowsAffected();
        return new AdapterResponse("INSERT " + rows, "INSERT", rows);
    }

    @Override
    public void close() {
        super.close();
        try {
            DuckDbDatabases.release(profile.path(), root);
        } catch (SQLException e) {
            LOG.debug("Closing DuckDB {} failed: {}", profile.path(), e.getMessage());
        }
    }
}
