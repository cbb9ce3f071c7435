package dev.dvt.it.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.core.adapter.postgres.PostgresExtractor;
import dev.dvt.core.bulk.EmbeddedDuckDb;
import dev.dvt.core.bulk.ParquetFiles;
import dev.dvt.core.dialect.DialectRegistry;
import dev.dvt.it.TestingPostgresServer;
import dev.dvt.spi.ExtractionRequest;
import dev.dvt.spi.ExtractionResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostgreSQL's COPY stream cut into many Parquet segments keeps every value as it was. */
class PostgresExtractorIT {
    private TestingPostgresServer server;

    @TempDir
    Path dir;

    @BeforeEach
    void createTable() {
        server = new TestingPostgresServer();
        server.execute("CREATE TABLE tricky (id int, note text, raw bytea, happened timestamptz)");
        server.execute("INSERT INTO tricky SELECT i, CASE i % 5 WHEN 0 THEN 'two' || chr(10) || 'lines ' || i"
                + " WHEN 1 THEN 'say \"hi\", ' || i WHEN 2 THEN 'été ✓ ' || i WHEN 3 THEN '' ELSE NULL END,"
                + " decode(lpad(to_hex(i), 8, '0'), 'hex'), TIMESTAMPTZ '2024-03-01 12:00:00+02' + i * INTERVAL '1 minute'"
                + " FROM generate_series(1, 3000) i");
    }

    @AfterEach
    void dropDatabase() {
        server.close();
    }

    @Test
    void manySegmentsHoldExactlyTheRowsOfTheTable() throws Exception {
        ExtractionRequest request = ExtractionRequest.simple(server::connect, DialectRegistry.forType("postgres"),
                "SELECT id, note, raw, happened FROM tricky", dir.resolve("out"));

        ExtractionResult result = new PostgresExtractor(4_096).extract(request);

        assertThat(result.rows()).isEqualTo(3000);
        assertThat(result.method()).isEqualTo("copy");
        assertThat(result.files()).hasSizeGreaterThan(10);
        assertThat(staged(result.files())).containsExactlyElementsOf(fromPostgres());
    }

    private List<String> staged(List<Path> files) throws Exception {
        try (Connection duck = EmbeddedDuckDb.open(); Statement s = duck.createStatement()) {
            s.execute("SET TimeZone = 'UTC'");
            return rows(s.executeQuery("SELECT id, coalesce(note, '<null>'), hex(raw),"
                    + " strftime(happened, '%Y-%m-%d %H:%M:%S') FROM " + ParquetFiles.scan(files) + " ORDER BY id"));
        }
    }

    private List<String> fromPostgres() throws Exception {
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("SET TimeZone = 'UTC'");
            return rows(s.executeQuery("SELECT id, coalesce(note, '<null>'), upper(encode(raw, 'hex')),"
                    + " to_char(happened, 'YYYY-MM-DD HH24:MI:SS') FROM tricky ORDER BY id"));
        }
    }

    private static List<String> rows(ResultSet rs) throws Exception {
        List<String> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
        }
        rs.close();
        return rows;
    }
}
