package dev.dvt.it.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.bulk.EmbeddedDuckDb;
import dev.dvt.core.bulk.FederationConnectors;
import dev.dvt.core.dialect.DialectRegistry;
import dev.dvt.core.dialect.RelationName;
import dev.dvt.it.TestingMariaDbServer;
import dev.dvt.it.TestingPostgresServer;
import dev.dvt.spi.ConnectionSource;
import dev.dvt.spi.LoadRequest;
import dev.dvt.spi.LoadResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads asking for several connections (jdbc_load.num_partitions): PostgreSQL spreads the files
 * over them, MariaDB (where concurrent loads are slower) takes them all on one.
 */
class ParallelLoadIT {
    private final List<AutoCloseable> servers = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void dropDatabases() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    @Test
    void postgresLoadsEveryFileOverThreeConnections() throws Exception {
        TestingPostgresServer pg = track(new TestingPostgresServer());
        loadsEveryFileOverThreeConnections("postgres", pg::connect, RelationName.of("public", "loaded"));
    }

    @Test
    void mariaDbLoadsEveryFileOnOneConnectionWhateverTheRequest() throws Exception {
        TestingMariaDbServer maria = track(new TestingMariaDbServer());
        loadsEveryFileOverThreeConnections("mariadb", maria::connect, RelationName.of(maria.database(), "loaded"));
    }

    @Test
    void aFailingShareLeavesTheTargetAsItWasAndNoWorkTable() throws Exception {
        TestingPostgresServer pg = track(new TestingPostgresServer());
        pg.execute("CREATE TABLE public.kept (n bigint, label text)");
        pg.execute("INSERT INTO public.kept VALUES (1, 'old')");
        // PostgreSQL text cannot hold a NUL character, so the COPY of the last file fails.
        List<Path> files = List.of(part(0, 1000, "'ok'"), part(1, 1000, "'ok'"), part(2, 1000, "'bad' || chr(0)"));

        LoadRequest request = LoadRequest.table(pg::connect, DialectRegistry.forType("postgres"),
                RelationName.of("public", "kept"), files).withNumPartitions(3);
        assertThatThrownBy(() -> FederationConnectors.discovered().forType("postgres").loader().load(request))
                .isInstanceOf(DvtException.class).hasMessageContaining("left as it was");

        assertThat(rows(pg::connect, "SELECT n || ':' || label FROM public.kept")).containsExactly("1:old");
        assertThat(rows(pg::connect, "SELECT count(*) FROM pg_tables WHERE tablename LIKE 'kept%'"))
                .containsExactly("1");
    }

    private void loadsEveryFileOverThreeConnections(String type, ConnectionSource target, RelationName table)
            throws Exception {
        List<Path> files = List.of(part(0, 4000, "'a'"), part(1, 3000, "'b'"), part(2, 2000, "'c'"), part(3, 1000, "'d'"));
        LoadRequest request = LoadRequest.table(target, DialectRegistry.forType(type), table, files)
                .withNumPartitions(3);

        LoadResult result = FederationConnectors.discovered().forType(type).loader().load(request);

        assertThat(result.rows()).isEqualTo(10_000);
        String render = DialectRegistry.forType(type).render(table);
        assertThat(rows(target, "SELECT label, count(*), count(DISTINCT n) FROM " + render
                + " GROUP BY label ORDER BY label"))
                .containsExactly("a|4000|4000", "b|3000|3000", "c|2000|2000", "d|1000|1000");
    }

    private Path part(int index, int rows, String label) throws Exception {
        Path file = dir.resolve("part-" + index + ".parquet");
        try (Connection duck = EmbeddedDuckDb.open(); Statement s = duck.createStatement()) {
            s.execute("COPY (SELECT range + " + index * 10_000 + " AS n, " + label + " AS label FROM range(" + rows
                    + ")) TO " + EmbeddedDuckDb.literal(file.toString()) + " (FORMAT parquet)");
        }
        return file;
    }

    private static List<String> rows(ConnectionSource source, String sql) throws Exception {
        try (Connection c = source.open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(rs.getString(i));
                }
                rows.add(String.join("|", values));
            }
            return rows;
        }
    }

    private <T extends AutoCloseable> T track(T server) {
        servers.add(server);
        return server;
    }
}
