package dev.dvt.core.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.artifacts.freshness.SourceFreshnessOutput;
import dev.dvt.artifacts.freshness.SourceFreshnessResults;
import dev.dvt.artifacts.freshness.SourceFreshnessRuntimeError;
import dev.dvt.artifacts.manifest.FreshnessThreshold;
import dev.dvt.artifacts.manifest.FreshnessTime;
import dev.dvt.artifacts.results.NodeStatus;
import dev.dvt.artifacts.schema.Artifact;
import dev.dvt.artifacts.schema.ArtifactSchemas;
import dev.dvt.core.DvtException;
import dev.dvt.core.adapter.duckdb.DuckDbDialect;
import dev.dvt.core.dialect.RelationName;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFreshnessCheckerTest {
    @TempDir
    Path dir;

    private static FreshnessThreshold criteria(Integer warnHours, Integer errorHours, String filter) {
        FreshnessThreshold t = new FreshnessThreshold();
        t.setWarnAfter(warnHours == null ? new FreshnessTime() : new FreshnessTime(warnHours, "hour"));
        t.setErrorAfter(errorHours == null ? new FreshnessTime() : new FreshnessTime(errorHours, "hour"));
        t.setFilter(filter);
        return t;
    }

    private static FreshnessCheck check(String table, String field, FreshnessThreshold criteria) {
        return new FreshnessCheck("source.p.raw." + table, RelationName.of("main", table), field, criteria);
    }

    @Test
    void statusesAndSourcesJson() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("create table fresh (loaded_at timestamp)");
            st.execute("insert into fresh values (now()::timestamp - interval 10 minute)");
            st.execute("create table stale (loaded_at timestamptz, kind varchar)");
            st.execute("insert into stale values (now() - interval 5 hour, 'a'), (now() - interval 30 hour, 'b')");
            st.execute("create table empty_t (loaded_at timestamp)");

            SourceFreshnessChecker checker = new SourceFreshnessChecker(DuckDbDialect.DEFAULT);
            List<FreshnessCheck> checks = List.of(
                    check("fresh", "loaded_at", criteria(1, 24, null)),
                    check("stale", "loaded_at", criteria(1, 24, null)),
                    check("stale", "loaded_at", criteria(1, 24, "kind = 'b'")),
                    check("empty_t", "loaded_at", criteria(1, null, null)),
                    check("missing", "loaded_at", criteria(1, 24, null)));
            SourceFreshnessResults results = checker.checkAll(c, checks, "inv-1");

            assertThat(results.getResults()).extracting(r -> r.getStatus()).containsExactly(NodeStatus.PASS,
                    NodeStatus.WARN, NodeStatus.ERROR, NodeStatus.WARN, NodeStatus.RUNTIME_ERROR);
            SourceFreshnessOutput stale = (SourceFreshnessOutput) results.getResults().get(1);
            assertThat(stale.getMaxLoadedAtTimeAgoInS()).isBetween(5 * 3600.0 - 60, 5 * 3600.0 + 60);
            assertThat(stale.getCriteria().getWarnAfter().getCount()).isEqualTo(1);
            assertThat(((SourceFreshnessOutput) results.getResults().get(3)).getMaxLoadedAt())
                    .isEqualTo(Instant.parse("0001-01-01T00:00:00Z"));
            assertThat(((SourceFreshnessRuntimeError) results.getResults().get(4)).getError())
                    .contains("main.missing");

            Path file = dir.resolve("sources.json");
            results.write(file);
            assertThat(ArtifactSchemas.validate(file, Artifact.SOURCES)).isEmpty();
        }
    }

    @Test
    void queryShape() {
        SourceFreshnessChecker checker = new SourceFreshnessChecker(DuckDbDialect.DEFAULT);
        assertThat(checker.freshnessSql(check("t", "cast(x as timestamp)", criteria(1, null, "y > 0"))))
                .isEqualTo("select max(cast(x as timestamp)) as max_loaded_at, "
                        + DuckDbDialect.DEFAULT.currentTimestamp() + " as snapshotted_at from \"main\".\"t\""
                        + " where y > 0");
    }

    @Test
    void nonTimestampFieldIsARuntimeError() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("create table t (v varchar)");
            st.execute("insert into t values ('not a time')");
            var result = new SourceFreshnessChecker(DuckDbDialect.DEFAULT).check(c, check("t", "v", criteria(1, 2, null)));
            assertThat(result).isInstanceOfSatisfying(SourceFreshnessRuntimeError.class,
                    e -> assertThat(e.getError()).contains("not a timestamp", "cast(v as timestamp)"));
        }
    }

    @Test
    void thresholdsInMinutesHoursDays() {
        FreshnessThreshold t = new FreshnessThreshold();
        t.setWarnAfter(new FreshnessTime(30, "minute"));
        t.setErrorAfter(new FreshnessTime(2, "day"));
        assertThat(FreshnessStatus.of(t, 29 * 60)).isEqualTo(NodeStatus.PASS);
        assertThat(FreshnessStatus.of(t, 31 * 60)).isEqualTo(NodeStatus.WARN);
        assertThat(FreshnessStatus.of(t, 2 * 86400 + 1)).isEqualTo(NodeStatus.ERROR);
        assertThat(FreshnessStatus.of(new FreshnessThreshold(), 1e9)).isEqualTo(NodeStatus.PASS);
        t.setWarnAfter(new FreshnessTime(1, "week"));
        assertThatThrownBy(() -> FreshnessStatus.of(t, 1)).isInstanceOf(DvtException.class)
                .hasMessageContaining("minute, hour, day");
    }
}
