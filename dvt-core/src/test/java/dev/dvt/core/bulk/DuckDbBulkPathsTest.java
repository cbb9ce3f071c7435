package dev.dvt.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.adapter.duckdb.DuckDbDialect;
import dev.dvt.core.adapter.generic.GenericJdbcLoader;
import dev.dvt.core.dialect.IncrementalStrategy;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.spi.ConnectionSource;
import dev.dvt.spi.ExtractionRequest;
import dev.dvt.spi.ExtractionResult;
import dev.dvt.spi.LoadRequest;
import dev.dvt.spi.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction and loading against a DuckDB database file, through the shared bulk paths. */
class DuckDbBulkPathsTest {
    @TempDir
    Path dir;
    private ConnectionSource db;

    @BeforeEach
    void createSource() throws SQLException {
        String url = "jdbc:duckdb:" + dir.resolve("db.duckdb");
        db = () -> DriverManager.getConnection(url);
        run("CREATE TABLE src AS SELECT CAST(i AS INTEGER) AS id, 'name ' || i AS name, CASE WHEN i % 10 = 0 THEN NULL"
                + " WHEN i % 10 = 1 THEN '' ELSE 'x' END AS note, CAST(i * 1.5 AS DECIMAL(12,1)) AS amount, i % 2 = 0 AS even,"
                + " DATE '2024-01-01' + CAST(i AS INTEGER) AS day, '\\x41\\x00'::BLOB AS raw FROM range(1, 1001) t(i)");
    }

    @Test
    void partitionedJdbcReadWritesOnePartFilePerRangeAndKeepsValues() throws Exception {
        Path out = Files.createDirectories(dir.resolve("staged"));
        ExtractionRequest request = new ExtractionRequest(db, DuckDbDialect.DEFAULT, "SELECT * FROM src", out,
                "part", 100, 4, Optional.of("id"));
        ExtractionResult result = JdbcReads.extract(request);
        assertThat(result.method()).isEqualTo("jdbc_partitioned");
        assertThat(result.rows()).isEqualTo(1000);
        assertThat(result.files()).hasSize(4).allMatch(Files::exists);
        assertThat(query("SELECT count(*), count(DISTINCT id), sum(amount), count(note), sum(CASE WHEN note = ''"
                + " THEN 1 ELSE 0 END), sum(CASE WHEN even THEN 1 ELSE 0 END), max(day), min(hex(raw)) FROM "
                + ParquetFiles.scan(result.files())))
                .containsExactly("1000|1000|750750.0|900|100|500|2026-09-27|4100");
        assertThat(ParquetFiles.schema(result.files())).extracting(ParquetColumn::duckType)
                .containsExactly("INTEGER", "VARCHAR", "VARCHAR", "DECIMAL(12,1)", "BOOLEAN", "DATE", "BLOB");
    }

    @Test
    void singleReadWithoutPartitionColumn() {
        ExtractionRequest request = ExtractionRequest.simple(db, DuckDbDialect.DEFAULT,
                "SELECT id FROM src WHERE id <= 10", dir);
        ExtractionResult result = JdbcReads.extract(request);
        assertThat(result.method()).isEqualTo("jdbc");
        assertThat(result.files()).containsExactly(dir.resolve("part-0.parquet"));
        assertThat(result.rows()).isEqualTo(10);
    }

    @Test
    void tableLoadReplacesAndIncrementalMergeUpserts() throws Exception {
        Path first = staged("SELECT id, name FROM src WHERE id <= 3");
        RelationName target = RelationName.of("main", "out");
        LoadResult loaded = new dev.dvt.core.adapter.duckdb.DuckDbLoader()
                .load(LoadRequest.table(db, DuckDbDialect.DEFAULT, target, List.of(first)));
        assertThat(loaded.rows()).isEqualTo(3);
        Path second = staged("SELECT id, 'new' AS name FROM src WHERE id BETWEEN 3 AND 4");
        LoadRequest merge = LoadRequest.table(db, DuckDbDialect.DEFAULT, target, List.of(second))
                .withIncremental(IncrementalStrategy.MERGE, List.of("ID"));
        new dev.dvt.core.adapter.duckdb.DuckDbLoader().load(merge);
        assertThat(query("SELECT id, name FROM main.out ORDER BY id"))
                .containsExactly("1|name 1", "2|name 2", "3|new", "4|new");
        assertThat(query("SELECT count(*) FROM information_schema.tables WHERE table_name LIKE '%dvt%'"))
                .containsExactly("0");
    }

    @Test
    void failedLoadLeavesTheTargetAsItWas() throws Exception {
        Path good = staged("SELECT id, name FROM src WHERE id <= 2");
        RelationName target = RelationName.of("main", "kept");
        LoadRequest request = LoadRequest.table(db, DuckDbDialect.DEFAULT, target, List.of(good));
        new GenericJdbcLoader().load(request);
        // a second file with another schema makes read_parquet fail half-way through the load
        Path bad = staged("SELECT 'not a number' AS id FROM src LIMIT 1");
        assertThatThrownBy(() -> new GenericJdbcLoader().load(LoadRequest.table(db, DuckDbDialect.DEFAULT,
                target, List.of(good, bad)))).isInstanceOf(DvtException.class).hasMessageContaining("left as it was");
        assertThat(query("SELECT id, name FROM main.kept ORDER BY id")).containsExactly("1|name 1", "2|name 2");
        assertThat(query("SELECT count(*) FROM information_schema.tables WHERE table_name LIKE '%dvt%'"))
                .containsExactly("0");
    }

    @Test
    void insertOverwriteReplacesOnlyThePartitionsInTheNewRows() throws Exception {
        RelationName target = RelationName.of("main", "parts");
        new dev.dvt.core.adapter.duckdb.DuckDbLoader().load(LoadRequest.table(db, DuckDbDialect.DEFAULT, target,
                List.of(staged("SELECT id, id % 2 AS p FROM src WHERE id <= 4"))));
        new dev.dvt.core.adapter.duckdb.DuckDbLoader().load(LoadRequest.table(db, DuckDbDialect.DEFAULT, target,
                List.of(staged("SELECT 100 AS id, 1 AS p"))).withIncremental(IncrementalStrategy.INSERT_OVERWRITE,
                List.of()).withPartitionBy(List.of("p")));
        assertThat(query("SELECT id FROM main.parts ORDER BY id")).containsExactly("2", "4", "100");
    }

    @Test
    void columnTypesOfTheRequestReplaceTheMappedTypesOfTheCreatedTable() throws Exception {
        Path file = staged("SELECT id, CAST(amount AS DOUBLE) AS amount, name FROM src WHERE id <= 2");
        new dev.dvt.core.adapter.duckdb.DuckDbLoader().load(LoadRequest.table(db, DuckDbDialect.DEFAULT,
                RelationName.of("main", "typed"), List.of(file)).withColumnTypes(java.util.Map.of("AMOUNT", "DECIMAL(9,3)",
                        "name", "VARCHAR(12)")));
        assertThat(query("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'typed'"
                + " ORDER BY ordinal_position")).containsExactly("id|INTEGER", "amount|DECIMAL(9,3)", "name|VARCHAR");
        assertThat(query("SELECT CAST(amount AS VARCHAR) FROM main.typed ORDER BY id")).containsExactly("1.500", "3.000");
    }

    private Path staged(String sql) throws java.io.IOException {
        Path out = Files.createDirectories(dir.resolve("s" + System.nanoTime()));
        return new dev.dvt.core.adapter.duckdb.DuckDbExtractor()
                .extract(ExtractionRequest.simple(db, DuckDbDialect.DEFAULT, sql, out)).files().get(0);
    }

    private void run(String sql) throws SQLException {
        try (Connection c = db.open(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection c = db.open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    values.add(rs.getString(i));
                }
                rows.add(String.join("|", values));
            }
            return rows;
        }
    }
}
