package dev.dvt.core.freshness;

import static java.util.Objects.requireNonNull;

import dev.dvt.artifacts.ArtifactMetadata;
import dev.dvt.artifacts.freshness.SourceFreshnessOutput;
import dev.dvt.artifacts.freshness.SourceFreshnessResult;
import dev.dvt.artifacts.freshness.SourceFreshnessResults;
import dev.dvt.artifacts.freshness.SourceFreshnessRuntimeError;
import dev.dvt.artifacts.results.TimingInfo;
import dev.dvt.core.dialect.SqlDialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code source freshness}: for each source, {@code select max(loaded_at_field), current_timestamp
 * from source [where filter]}, its age and the verdict against warn_after / error_after. Values
 * without a time zone are taken as UTC, as dbt does. A source with no rows counts as infinitely
 * stale. A query that fails gives a runtime error for that source only.
 */
public class SourceFreshnessChecker {
    /** What dbt reports as max_loaded_at for an empty table. */
    static final Instant NEVER = Instant.parse("0001-01-01T00:00:00Z");

    private final SqlDialect dialect;

    public SourceFreshnessChecker(SqlDialect dialect) {
        this.dialect = requireNonNull(dialect, "dialect is null");
    }

    /** The freshness query; override for a database that needs a different form. */
    public String freshnessSql(FreshnessCheck check) {
        String filter = check.criteria().getFilter();
        return "select max(" + check.loadedAtField() + ") as max_loaded_at, " + dialect.currentTimestamp()
                + " as snapshotted_at from " + dialect.render(check.relation())
                + (filter == null || filter.isBlank() ? "" : " where " + filter);
    }

    public SourceFreshnessResult check(Connection connection, FreshnessCheck check) {
        Instant started = Instant.now();
        String sql = freshnessSql(check);
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            Instant snapshotted = toInstant(rs.getObject(2));
            Instant maxLoaded = toInstant(rs.getObject(1));
            Instant completed = Instant.now();
            SourceFreshnessOutput out = new SourceFreshnessOutput();
            out.setUniqueId(check.uniqueId());
            out.setSnapshottedAt(snapshotted == null ? completed : snapshotted);
            out.setMaxLoadedAt(maxLoaded == null ? NEVER : maxLoaded);
            double age = (out.getSnapshottedAt().toEpochMilli() - out.getMaxLoadedAt().toEpochMilli()) / 1000.0;
            out.setMaxLoadedAtTimeAgoInS(age);
            out.setStatus(FreshnessStatus.of(check.criteria(), age));
            out.setCriteria(check.criteria());
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("_message", "SELECT 1");
            response.put("rows_affected", 1);
            out.setAdapterResponse(response);
            out.setTiming(List.of(new TimingInfo(TimingInfo.EXECUTE, started, completed)));
            out.setThreadId(Thread.currentThread().getName());
            out.setExecutionTime((completed.toEpochMilli() - started.toEpochMilli()) / 1000.0);
            return out;
        } catch (SQLException e) {
            return new SourceFreshnessRuntimeError(check.uniqueId(), "Freshness query for " + check.relation()
                    + " failed: " + e.getMessage() + "\nSQL: " + sql);
        } catch (DateTimeException e) {
            return new SourceFreshnessRuntimeError(check.uniqueId(), "loaded_at_field '" + check.loadedAtField()
                    + "' of " + check.relation() + " is not a timestamp (" + e.getMessage()
                    + "); cast it, e.g. loaded_at_field: \"cast(" + check.loadedAtField() + " as timestamp)\"");
        }
    }

    /** Checks every source in order and builds sources.json. */
    public SourceFreshnessResults checkAll(Connection connection, Collection<FreshnessCheck> checks,
            String invocationId) {
        long start = System.nanoTime();
        SourceFreshnessResults results = new SourceFreshnessResults();
        ArtifactMetadata metadata = new ArtifactMetadata(SourceFreshnessResults.SCHEMA_VERSION, invocationId);
        metadata.setGeneratedAt(Instant.now());
        results.setMetadata(metadata);
        for (FreshnessCheck check : checks) {
            results.getResults().add(check(connection, check));
        }
        results.setElapsedTime((System.nanoTime() - start) / 1e9);
        return results;
    }

    static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof ZonedDateTime zdt) {
            return zdt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime ldt) {
            return ldt.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        String text = value.toString().strip().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        }
    }
}
