package dev.dvt.core.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.core.adapter.duckdb.DuckDbDialect;
import dev.dvt.core.dialect.RelationName;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads normalised seeds into embedded DuckDB the way a bulk loader would. */
class SeedDuckDbLoadTest {
    private static final DuckDbDialect DUCKDB = DuckDbDialect.DEFAULT;

    @TempDir
    Path dir;

    private static void load(Connection c, SeedSchema schema, Path clean, String table) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("create table " + table + " (" + schema.columnsDdl(DUCKDB) + ")");
            st.execute("copy " + table + " from '" + clean + "' (header true, delimiter ',', quote '\"')");
        }
    }

    @Test
    void cleanCsvLoadsWithTheInferredTypes() throws Exception {
        Path file = dir.resolve("people.csv");
        Files.writeString(file, "\uFEFFid;name;score;born;seen_at;active;zip\r\n"
                + "1;\"Smith; Anne\";1,234.5;1980-1-2;2024-01-31T08:00:00.5;TRUE;007\r\n"
                + "2;\"say \"\"hi\"\"\nthere\";null;;2024-01-31;false;010\r\n"
                + "3;;7;2000-12-31;;;\r\n", StandardCharsets.UTF_8);
        SeedSchema schema = CsvSeedReader.inspect(file,
                SeedOptions.DEFAULT.withDelimiter(';').withColumnTypes(Map.of("ZIP", "varchar(5)")));
        Path clean = dir.resolve("clean.csv");
        assertThat(SeedCsvNormalizer.write(schema, clean)).isEqualTo(3);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            load(c, schema, clean, "people");
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select column_name, data_type from information_schema.columns"
                            + " where table_name = 'people' order by ordinal_position")) {
                StringBuilder types = new StringBuilder();
                while (rs.next()) {
                    types.append(rs.getString(1)).append(':').append(rs.getString(2)).append(' ');
                }
                assertThat(types.toString().strip()).isEqualTo("id:INTEGER name:VARCHAR score:DOUBLE"
                        + " born:DATE seen_at:TIMESTAMP active:BOOLEAN zip:VARCHAR");
            }
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select name, score, born, seen_at, active, zip"
                            + " from people order by id")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("Smith; Anne");
                assertThat(rs.getDouble(2)).isEqualTo(1234.5);
                assertThat(rs.getString(3)).isEqualTo("1980-01-02");
                assertThat(rs.getString(4)).isEqualTo("2024-01-31 08:00:00.5");
                assertThat(rs.getBoolean(5)).isTrue();
                assertThat(rs.getString(6)).isEqualTo("007");
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("say \"hi\"\nthere");
                assertThat(rs.getObject(2)).isNull();
                assertThat(rs.getObject(3)).isNull();
                assertThat(rs.getTimestamp(4)).isEqualTo(java.sql.Timestamp.valueOf("2024-01-31 00:00:00"));
                rs.next();
                assertThat(rs.getObject(1)).isNull();
                assertThat(rs.getObject(6)).isNull();
            }
        }
    }

    @Test
    void createTableThroughTheDialect() throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "a,b\n1,x\n");
        SeedSchema schema = CsvSeedReader.inspect(file, SeedOptions.DEFAULT);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute(DUCKDB.createTable(RelationName.of("main", "t"), schema.columnDefs(DUCKDB)));
            st.execute("insert into t values (1, 'x')");
            try (ResultSet rs = st.executeQuery("select count(*) from main.t")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void oneMillionRows() throws Exception {
        int rows = 1_000_000;
        Path file = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,amount,day,at,flag,label\n");
            for (int i = 0; i < rows; i++) {
                out.write(i + "," + (i % 1000) + "." + (i % 7) + ",2024-01-" + (1 + i % 28) + ",2024-02-03 04:05:"
                        + (10 + i % 50) + "," + (i % 2 == 0) + ",\"label, " + i + "\"\n");
            }
        }
        long start = System.nanoTime();
        SeedSchema schema = CsvSeedReader.inspect(file, SeedOptions.DEFAULT);
        long inspected = System.nanoTime();
        Path clean = dir.resolve("big-clean.csv");
        SeedCsvNormalizer.write(schema, clean);
        long normalised = System.nanoTime();
        assertThat(schema.rowCount()).isEqualTo(rows);
        assertThat(schema.columns()).extracting(SeedColumn::type).containsExactly(SeedType.INTEGER,
                SeedType.NUMBER, SeedType.DATE, SeedType.DATETIME, SeedType.BOOLEAN, SeedType.TEXT);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            load(c, schema, clean, "big");
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select count(*), sum(id), max(day) from big")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(rows);
                assertThat(rs.getLong(2)).isEqualTo((long) rows * (rows - 1) / 2);
                assertThat(rs.getString(3)).isEqualTo("2024-01-28");
            }
        }
        long loaded = System.nanoTime();
        System.out.printf("seed 1M rows (%d MB): inspect %.0f rows/s, normalise %.0f rows/s, DuckDB COPY %.2f s%n",
                Files.size(file) >> 20, rows / ((inspected - start) / 1e9), rows / ((normalised - inspected) / 1e9),
                (loaded - normalised) / 1e9);
    }
}
