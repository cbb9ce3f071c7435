package dev.dvt.federation.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dvt.core.DvtException;
import dev.dvt.core.bulk.FederationConnectors;
import dev.dvt.core.config.ComputeConfig;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.core.events.Event;
import dev.dvt.core.events.EventSink;
import dev.dvt.core.events.Events;
import dev.dvt.core.seed.SeedFormat;
import dev.dvt.federation.compute.ComputeContext;
import dev.dvt.federation.compute.ComputeEngine;
import dev.dvt.federation.compute.ComputeEngines;
import dev.dvt.federation.runner.FederationTarget;
import dev.dvt.federation.staging.StagingBucket;
import dev.dvt.spi.ConnectionSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet and JSON seeds through the embedded DuckDB compute into a DuckDB database file. */
class ComputeSeedLoaderTest {
    @TempDir
    Path dir;

    private ComputeEngine engine;
    private ConnectionSource db;
    private ComputeSeedLoader loader;
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final EventSink sink = events::add;

    @BeforeEach
    void setUp() throws Exception {
        engine = ComputeEngines.open(new ComputeConfig.DuckDb("local_duckdb", null, null, null,
                ComputeConfig.JdbcExtraction.DEFAULT, ComputeConfig.JdbcLoad.DEFAULT), ComputeContext.standard());
        String url = "jdbc:duckdb:" + dir.resolve("target.duckdb");
        db = () -> DriverManager.getConnection(url);
        loader = new ComputeSeedLoader(new StagingBucket("local", dir.resolve("staging")), engine,
                FederationConnectors.discovered(), new ComputeConfig.JdbcLoad(4, 1000));
        Files.createDirectories(dir.resolve("seeds"));
        query("COPY (SELECT CAST(i AS INTEGER) AS id, CAST(i * 0.25 AS DECIMAL(6,2)) AS rate, DATE '2024-01-01' + CAST(i AS"
                + " INTEGER) AS day, 'r' || i AS label FROM range(1, 5) t(i)) TO '" + dir.resolve("seeds/rates.parquet")
                + "' (FORMAT parquet)");
        Events.addSink(sink);
    }

    @AfterEach
    void tearDown() {
        Events.removeSink(sink);
        engine.close();
    }

    private SeedJob job(String file, Map<String, String> columnTypes, boolean fullRefresh, boolean empty) {
        Path path = dir.resolve("seeds").resolve(file);
        String name = file.substring(0, file.indexOf('.'));
        return new SeedJob("seed.p." + name, path, SeedFiles.inputFormat(path, SeedFormat.of(path)),
                FederationTarget.table("duckdb", db, RelationName.of("main", name)), columnTypes, fullRefresh, empty);
    }

    @Test
    void parquetKeepsItsTypesAndColumnTypesOverrideThem() throws Exception {
        SeedLoadResult result = loader.load(job("rates.parquet", Map.of("LABEL", "VARCHAR(8)", "RATE", "DECIMAL(9,4)",
                "missing", "INTEGER"), false, false));

        assertThat(result.rows()).isEqualTo(4);
        assertThat(result.recreated()).isTrue();
        assertThat(result.engine()).isEqualTo("duckdb");
        assertThat(result.loadMethod()).isEqualTo("read_parquet");
        assertThat(types("rates")).containsExactly("id INTEGER", "rate DECIMAL(9,4)", "day DATE", "label VARCHAR");
        assertThat(query("SELECT id, CAST(rate AS VARCHAR), day, label FROM main.rates ORDER BY id"))
                .containsExactly("1|0.2500|2024-01-02|r1", "2|0.5000|2024-01-03|r2", "3|0.7500|2024-01-04|r3",
                        "4|1.0000|2024-01-05|r4");
        assertThat(events).filteredOn(e -> e.name().equals("DVT010")).singleElement()
                .extracting(Event::message).asString().contains("rates.parquet", "'missing'", "id, rate, day, label");
        assertThat(dir.resolve("staging/_results/seed.p.rates")).isEmptyDirectory();
    }

    @Test
    void jsonLinesAndJsonArraysAreReadWithTheTypesDuckDbInfers() throws Exception {
        Files.writeString(dir.resolve("seeds/people.jsonl"), """
                {"id": 1, "name": "Ana", "born": "1990-05-01", "score": 1.5}
                {"id": 2, "name": "Bo", "born": "1985-12-31", "score": 2.25}
                """);
        Files.writeString(dir.resolve("seeds/cities.json"), "\n  [{\"id\": 1, \"city\": \"Oslo\"},\n"
                + " {\"id\": 2, \"city\": null}, {\"id\": 3, \"city\": \"Pune\"}]\n");

        assertThat(loader.load(job("people.jsonl", Map.of(), false, false)).rows()).isEqualTo(2);
        assertThat(loader.load(job("cities.json", Map.of(), false, false)).rows()).isEqualTo(3);

        assertThat(types("people")).containsExactly("id BIGINT", "name VARCHAR", "born DATE", "score DOUBLE");
        assertThat(query("SELECT * FROM main.people ORDER BY id")).containsExactly("1|Ana|1990-05-01|1.5",
                "2|Bo|1985-12-31|2.25");
        assertThat(query("SELECT id, coalesce(city, '<null>') FROM main.cities ORDER BY id"))
                .containsExactly("1|Oslo", "2|<null>", "3|Pune");
    }

    @Test
    void anExistingTableOfTheSameColumnsIsRefilledAndKeepsItsTypesUnlessFullRefresh() throws Exception {
        query("CREATE TABLE main.rates (id BIGINT, rate VARCHAR, day DATE, label VARCHAR);"
                + " INSERT INTO main.rates VALUES (99, 'old', DATE '2000-01-01', 'old')");

        SeedLoadResult refilled = loader.load(job("rates.parquet", Map.of(), false, false));
        assertThat(refilled.recreated()).isFalse();
        assertThat(refilled.rows()).isEqualTo(4);
        assertThat(types("rates")).containsExactly("id BIGINT", "rate VARCHAR", "day DATE", "label VARCHAR");
        assertThat(query("SELECT id, rate FROM main.rates ORDER BY id")).containsExactly("1|0.25", "2|0.50", "3|0.75",
                "4|1.00");

        SeedLoadResult recreated = loader.load(job("rates.parquet", Map.of(), true, false));
        assertThat(recreated.recreated()).isTrue();
        assertThat(types("rates")).containsExactly("id INTEGER", "rate DECIMAL(6,2)", "day DATE", "label VARCHAR");
    }

    @Test
    void otherColumnsRecreateTheTable() throws Exception {
        query("CREATE TABLE main.rates (id BIGINT, other VARCHAR)");
        assertThat(loader.load(job("rates.parquet", Map.of(), false, false)).recreated()).isTrue();
        assertThat(types("rates")).containsExactly("id INTEGER", "rate DECIMAL(6,2)", "day DATE", "label VARCHAR");
    }

    @Test
    void aFailedRefillLeavesTheTableAsItWasAndSuggestsFullRefresh() throws Exception {
        query("CREATE TABLE main.rates (id BIGINT, rate DECIMAL(6,2), day DATE, label DATE);"
                + " INSERT INTO main.rates VALUES (7, 7.5, DATE '2000-01-01', DATE '2000-01-02')");

        DvtException e = catchThrowableOfType(DvtException.class,
                () -> loader.load(job("rates.parquet", Map.of(), false, false)));

        assertThat(e.getMessage()).contains("left as it was", "--full-refresh");
        assertThat(query("SELECT id, rate, label FROM main.rates")).containsExactly("7|7.50|2000-01-02");
        assertThat(query("SELECT count(*) FROM information_schema.tables WHERE table_name LIKE '%dvt%'"))
                .containsExactly("0");
    }

    @Test
    void emptyCreatesTheTableWithoutRows() throws Exception {
        SeedLoadResult result = loader.load(job("rates.parquet", Map.of(), false, true));
        assertThat(result.rows()).isZero();
        assertThat(types("rates")).containsExactly("id INTEGER", "rate DECIMAL(6,2)", "day DATE", "label VARCHAR");
        assertThat(query("SELECT count(*) FROM main.rates")).containsExactly("0");
    }

    private List<String> types(String table) throws SQLException {
        return query("SELECT column_name || ' ' || data_type FROM information_schema.columns WHERE table_name = '"
                + table + "' ORDER BY ordinal_position");
    }

    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.open(); Statement s = c.createStatement()) {
            if (s.execute(sql)) {
                try (ResultSet rs = s.getResultSet()) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<String> values = new ArrayList<>();
                        for (int i = 1; i <= n; i++) {
                            values.add(rs.getString(i));
                        }
                        rows.add(String.join("|", values));
                    }
                }
            }
        }
        return rows;
    }
}
