package dev.dvt.core.adapter.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.adapter.AdapterRegistry;
import dev.dvt.core.config.QuotingConfig;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.spi.Adapter;
import dev.dvt.spi.AdapterEnvironment;
import dev.dvt.spi.Column;
import dev.dvt.spi.QueryResult;
import dev.dvt.spi.Relation;
import dev.dvt.spi.RelationType;
import dev.dvt.spi.SeedLoad;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbAdapterTest {
    @TempDir
    Path dir;

    private Adapter adapter;

    private static TargetConfig target(Map<String, Object> options) {
        return new TargetConfig("dev", "duckdb", 4, null, null, options);
    }

    private Adapter open(Map<String, Object> options) {
        return AdapterRegistry.create(target(options), AdapterEnvironment.of(dir, 4));
    }

    @AfterEach
    void close() {
        if (adapter != null) {
            adapter.close();
        }
    }

    @Test
    void registryPicksDuckDbAndNamesKnownTypesForUnknownOnes() {
        adapter = open(Map.of());
        assertThat(adapter.type()).isEqualTo("duckdb");
        assertThat(adapter.defaultSchema()).isEqualTo("main");
        assertThat(adapter.defaultDatabase()).isEqualTo("memory");
        assertThatThrownBy(() -> AdapterRegistry.create(new TargetConfig("prod", "oracle9", 1, null, null, Map.of()),
                AdapterEnvironment.of(dir, 1)))
                .isInstanceOf(DvtException.class)
                .hasMessageContaining("Target 'prod'").hasMessageContaining("'oracle9'")
                .hasMessageContaining("Known types: ").hasMessageContaining("duckdb");
    }

    @Test
    void relativePathResolvesAgainstProjectAndCatalogIsTheFileName() {
        adapter = open(Map.of("path", "target/dev.duckdb"));
        assertThat(dir.resolve("target/dev.duckdb")).exists();
        assertThat(adapter.defaultDatabase()).isEqualTo("dev");
    }

    @Test
    void fileDatabaseCatalogAndMismatchedDatabaseKey() {
        adapter = open(Map.of("path", "dev.duckdb"));
        assertThat(adapter.defaultDatabase()).isEqualTo("dev");
        assertThat(dir.resolve("dev.duckdb")).exists();
        assertThatThrownBy(() -> AdapterRegistry.create(
                new TargetConfig("dev", "duckdb", 1, null, "other", Map.of("path", "dev.duckdb")),
                AdapterEnvironment.of(dir, 1)))
                .isInstanceOf(DvtException.class).hasMessageContaining("catalog 'dev'")
                .extracting(e -> ((DvtException) e).code()).isEqualTo(ErrorCode.PROFILE);
    }

    @Test
    void executeFetchesRowsWithTypesAndLimit() {
        adapter = open(Map.of());
        QueryResult r = adapter.execute("select 1 as a, 'x' as b union all select 2, 'y' order by 1", true);
        assertThat(r.columnNames()).containsExactly("a", "b");
        assertThat(r.columnTypes()).containsExactly("INTEGER", "VARCHAR");
        assertThat(r.rows()).containsExactly(List.of(1, "x"), List.of(2, "y"));
        assertThat(adapter.executeWithLimit("select * from range(100)", 3).rows()).hasSize(3);
        adapter.execute("create table t as select * from range(5)", false);
        assertThat(adapter.execute("insert into t select * from range(2)", false).response().rowsAffected())
                .isEqualTo(2);
    }

    @Test
    void databaseErrorsCarryTheDatabaseMessage() {
        adapter = open(Map.of());
        assertThatThrownBy(() -> adapter.execute("select * from nowhere", false))
                .isInstanceOf(DvtException.class)
                .hasMessageContaining("nowhere")
                .extracting(e -> ((DvtException) e).code()).isEqualTo(ErrorCode.DATABASE);
    }

    @Test
    void relationCacheFollowsAdapterDdlAndReportedChanges() {
        adapter = open(Map.of());
        adapter.createSchema("memory", "analytics");
        assertThat(adapter.getRelation("memory", "analytics", "orders")).isEmpty();
        adapter.execute("create table analytics.orders as select 1 as id", false);
        // Not reported yet: the cached listing still says absent.
        assertThat(adapter.getRelation("memory", "analytics", "orders")).isEmpty();
        adapter.cacheAdded(adapter.relation("memory", "analytics", "orders", RelationType.TABLE));
        Relation orders = adapter.getRelation("memory", "ANALYTICS", "Orders").orElseThrow();
        assertThat(orders.getIsTable()).isTrue();

        adapter.renameRelation(orders, "orders_old");
        assertThat(adapter.getRelation("memory", "analytics", "orders")).isEmpty();
        assertThat(adapter.getRelation("memory", "analytics", "orders_old")).isPresent();
        adapter.clearCache();
        assertThat(adapter.listRelations("memory", "analytics")).extracting(Relation::getIdentifier)
                .containsExactly("orders_old");

        adapter.execute("create view analytics.v as select 1 as x", false);
        adapter.clearCache();
        Relation view = adapter.getRelation("memory", "analytics", "v").orElseThrow();
        assertThat(view.getIsView()).isTrue();
        adapter.dropRelation(view);
        adapter.dropRelation(adapter.relation("memory", "analytics", "orders_old", null));
        assertThat(adapter.getRelation("memory", "analytics", "v")).isEmpty();
        adapter.clearCache();
        assertThat(adapter.listRelations("memory", "analytics")).isEmpty();
        assertThat(adapter.listSchemas("memory")).contains("main", "analytics");
    }

    @Test
    void columnsCarryTypesAndSizes() {
        adapter = open(Map.of());
        adapter.execute("create table t (id integer, name varchar(20), amount decimal(10,2), note text)", false);
        List<Column> columns = adapter.getColumns(adapter.relation("memory", "main", "t", RelationType.TABLE));
        assertThat(columns).extracting(Column::getName).containsExactly("id", "name", "amount", "note");
        assertThat(columns).extracting(Column::getDataType)
                .containsExactly("INTEGER", "VARCHAR", "DECIMAL(10,2)", "VARCHAR");
        assertThat(columns.get(2).isNumber()).isTrue();
        assertThat(columns.get(1).isString()).isTrue();
        assertThat(columns.get(0).getQuoted()).isEqualTo("\"id\"");
        assertThat(adapter.getColumns(adapter.relation("memory", "main", "missing", null))).isEmpty();
    }

    @Test
    void rollbackUndoesDdl() {
        adapter = open(Map.of());
        adapter.execute("create table keep as select 1 as id", false);
        adapter.begin();
        assertThat(adapter.inTransaction()).isTrue();
        adapter.execute("drop table keep", false);
        adapter.execute("create table other as select 1 as id", false);
        adapter.rollback();
        assertThat(adapter.inTransaction()).isFalse();
        assertThat(adapter.listRelations("memory", "main")).extracting(Relation::getIdentifier)
                .containsExactly("keep");
    }

    @Test
    void threadsShareOneDatabaseWithTheirOwnConnections() throws Exception {
        adapter = open(Map.of());
        adapter.execute("create table t (id integer)", false);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            adapter.begin();
            adapter.execute("insert into t values (1)", false);
            // Another thread does not see this thread's uncommitted row: separate connections.
            Future<QueryResult> other = pool.submit(() -> adapter.execute("select count(*) from t", true));
            assertThat(other.get().rows().get(0).get(0)).isEqualTo(0L);
            adapter.commit();
            assertThat(pool.submit(() -> adapter.execute("select count(*) from t", true)).get().rows().get(0).get(0))
                    .isEqualTo(1L);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoAdaptersOnOneFileShareTheDatabase() {
        adapter = open(Map.of("path", "shared.duckdb"));
        adapter.execute("create table t as select 42 as x", false);
        try (Adapter second = open(Map.of("path", dir.resolve("shared.duckdb").toString()))) {
            assertThat(second.execute("select x from t", true).rows()).containsExactly(List.of(42));
        }
        assertThat(adapter.execute("select x from t", true).rows()).containsExactly(List.of(42));
    }

    @Test
    void settingsAndBuiltInExtensionsApplyToEveryConnection() throws Exception {
        adapter = open(Map.of("settings", Map.of("TimeZone", "UTC"), "extensions", List.of("parquet")));
        assertThat(adapter.execute("select current_setting('TimeZone')", true).rows()).containsExactly(List.of("UTC"));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            assertThat(pool.submit(() -> adapter.execute("select current_setting('TimeZone')", true)).get().rows())
                    .containsExactly(List.of("UTC"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void seedLoadsCsvInBulkWithDeclaredTypesAndEmptyAsNull() throws Exception {
        adapter = open(Map.of());
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "id;name;joined\n1;\"Ann; A\";2024-01-02\n2;;2024-02-03\n");
        adapter.execute("create table people (id integer, name varchar, joined date)", false);
        Map<String, String> types = new LinkedHashMap<>();
        types.put("id", "INTEGER");
        types.put("name", "VARCHAR");
        types.put("joined", "DATE");
        var response = adapter.loadSeed(adapter.relation("memory", "main", "people", RelationType.TABLE),
                SeedLoad.of(csv, types, ';'));
        assertThat(response.rowsAffected()).isEqualTo(2);
        assertThat(adapter.execute("select id, name, cast(joined as varchar) from people order by id", true).rows())
                .containsExactly(List.of(1, "Ann; A", "2024-01-02"), java.util.Arrays.asList(2, null, "2024-02-03"));
    }

    @Test
    void cancelStopsARunningQuery() throws Exception {
        adapter = open(Map.of());
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<QueryResult> slow = pool.submit(() -> adapter.execute(
                    "select count(*) from range(10000000000) a", true));
            Thread.sleep(300);
            adapter.cancelRunningQueries();
            assertThatThrownBy(() -> slow.get(20, TimeUnit.SECONDS)).hasCauseInstanceOf(DvtException.class);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void relationsRenderWithProjectQuoting() {
        adapter = AdapterRegistry.create(target(Map.of()),
                new AdapterEnvironment(dir, 1, new QuotingConfig(null, false, null)));
        Relation r = adapter.relation("memory", "main", "my \"t\"", RelationType.TABLE);
        assertThat(r.toString()).isEqualTo("\"memory\".main.\"my \"\"t\"\"\"");
        assertThat(r.withIncluded(new Relation.Parts(false, true, true)).render()).isEqualTo("main.\"my \"\"t\"\"\"");
        assertThat(r.withType(RelationType.CTE).withIncluded(new Relation.Parts(false, false, true)).render())
                .isEqualTo("my \"t\"");
    }
}
