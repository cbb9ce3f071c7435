package dev.dvt.it.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.adapter.AdapterRegistry;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.core.events.Event;
import dev.dvt.core.events.EventSink;
import dev.dvt.core.events.Events;
import dev.dvt.core.seed.CsvSeedReader;
import dev.dvt.core.seed.SeedColumn;
import dev.dvt.core.seed.SeedCsvNormalizer;
import dev.dvt.core.seed.SeedOptions;
import dev.dvt.core.seed.SeedSchema;
import dev.dvt.spi.Adapter;
import dev.dvt.spi.AdapterEnvironment;
import dev.dvt.spi.AdapterResponse;
import dev.dvt.spi.Column;
import dev.dvt.spi.QueryResult;
import dev.dvt.spi.Relation;
import dev.dvt.spi.RelationType;
import dev.dvt.spi.SeedLoad;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every JDBC adapter must do against its real server: connect, create a schema, list
 * relations and columns, bulk-load a seed, roll back, cancel a running query from another
 * thread, and report bad profile input clearly. Subclasses supply the server and its SQL.
 */
abstract class BaseAdapterIT {
    static final String TARGET = "it_target";

    @TempDir
    Path dir;

    private final List<Adapter> opened = new ArrayList<>();

    /** Profile keys (other than type, schema, database) reaching the test server. */
    abstract Map<String, Object> connectionKeys();

    abstract String type();

    /** The target's database (catalog), or null where the database has none. */
    abstract String database();

    /** The schema the tests write to. */
    String schema() {
        return "analytics";
    }

    /** A statement that runs for 30 seconds. */
    abstract String sleepSql();

    /** The row count of a table, as a long. */
    long count(Adapter adapter, Relation table) {
        QueryResult result = adapter.execute("select count(*) from " + table, true);
        return ((Number) result.rows().get(0).get(0)).longValue();
    }

    /** Creates the adapter of a target; by default through the discovered factories. */
    Adapter create(TargetConfig target) {
        return AdapterRegistry.create(target, AdapterEnvironment.of(dir, 2));
    }

    Adapter open(String schema, Map<String, Object> extra) {
        Map<String, Object> options = new LinkedHashMap<>(connectionKeys());
        options.putAll(extra);
        Adapter adapter = create(new TargetConfig(TARGET, type(), 2, schema, database(), options));
        opened.add(adapter);
        return adapter;
    }

    Adapter open() {
        return open(schema(), Map.of());
    }

    @AfterEach
    void closeAdapters() {
        opened.forEach(Adapter::close);
    }

    @Test
    void createsASchemaAndListsRelationsAndColumns() {
        Adapter adapter = open();
        adapter.createSchema(database(), schema());
        assertThat(adapter.listSchemas(database())).contains(schema());
        Relation table = adapter.relation(database(), schema(), "orders", RelationType.TABLE);
        adapter.execute("create table " + table + " (id integer, note varchar(20), amount decimal(10,2))", false);
        Relation view = adapter.relation(database(), schema(), "big_orders", RelationType.VIEW);
        adapter.execute("create view " + view + " as select id from " + table + " where amount > 10", false);

        List<Relation> relations = adapter.listRelations(database(), schema());
        assertThat(relations).extracting(Relation::getIdentifier, Relation::relationType)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("orders", RelationType.TABLE),
                        org.assertj.core.groups.Tuple.tuple("big_orders", RelationType.VIEW));
        assertThat(adapter.getRelation(database(), schema().toUpperCase(java.util.Locale.ROOT), "Orders")).isPresent();
        assertThat(adapter.getRelation(database(), schema(), "missing")).isEmpty();

        List<Column> columns = adapter.getColumns(table);
        assertThat(columns).extracting(Column::getName).containsExactly("id", "note", "amount");
        assertThat(columns.get(1).getDataType()).endsWith("(20)");
        assertThat(columns.get(2).getDataType()).contains("(10,2)");

        adapter.dropRelation(view);
        adapter.dropRelation(table);
        assertThat(adapter.listRelations(database(), schema())).isEmpty();
    }

    @Test
    void seedsLoadThroughTheBulkPathWithQuotedNewlinesAndNulls() throws Exception {
        Path file = dir.resolve("people.csv");
        Files.writeString(file, "id,name,score,born,seen_at,active\n"
                + "1,\"Smith, Anne\",1.5,1980-01-02,2024-01-31 08:00:00,true\n"
                + "2,\"two\nlines \"\"quoted\"\"\",,,,false\n"
                + "3,,7,2000-12-31,,\n", StandardCharsets.UTF_8);
        SeedSchema schema = CsvSeedReader.inspect(file, SeedOptions.DEFAULT);
        Path clean = dir.resolve("clean.csv");
        SeedCsvNormalizer.write(schema, clean);

        Adapter adapter = open();
        adapter.createSchema(database(), schema());
        Relation table = adapter.relation(database(), schema(), "people", RelationType.TABLE);
        adapter.execute(adapter.dialect().createTable(table.toRelationName(), schema.columnDefs(adapter.dialect())),
                false);
        Map<String, String> types = new LinkedHashMap<>();
        for (SeedColumn c : schema.columns()) {
            types.put(c.name(), c.sqlType(adapter.dialect()));
        }
        AdapterResponse response = adapter.loadSeed(table, SeedLoad.of(clean, types, ','));

        assertThat(response.rowsAffected()).isEqualTo(3);
        assertThat(count(adapter, table)).isEqualTo(3);
        assertThat(adapter.getColumns(table)).extracting(c -> c.getName() + ":" + c.getDataType().toLowerCase())
                .containsExactlyElementsOf(expectedSeedColumns());
        QueryResult rows = adapter.execute("select name, score, born, seen_at, active from " + table
                + " order by id", true);
        assertThat(rows.rows().get(0).get(0)).isEqualTo("Smith, Anne");
        assertThat(((Number) rows.rows().get(0).get(1)).doubleValue()).isEqualTo(1.5);
        assertThat(rows.rows().get(1).get(0)).isEqualTo("two\nlines \"quoted\"");
        assertThat(rows.rows().get(1).subList(1, 4)).containsOnlyNulls();
        assertThat(String.valueOf(rows.rows().get(0).get(4))).isIn("true", "1");
        assertThat(String.valueOf(rows.rows().get(1).get(4))).isIn("false", "0");
        assertThat(rows.rows().get(2).get(0)).isNull();
        assertThat(rows.rows().get(2).get(4)).isNull();
    }

    /** {@code name:type} of the seed table's columns, types as the adapter reports them, lower case. */
    abstract List<String> expectedSeedColumns();

    @Test
    void aRolledBackTransactionLeavesNothing() {
        Adapter adapter = open();
        adapter.createSchema(database(), schema());
        Relation table = adapter.relation(database(), schema(), "ledger", RelationType.TABLE);
        adapter.execute("create table " + table + " (id integer)", false);
        adapter.begin();
        assertThat(adapter.inTransaction()).isTrue();
        adapter.execute("insert into " + table + " values (1), (2)", false);
        adapter.rollback();
        assertThat(adapter.inTransaction()).isFalse();
        assertThat(count(adapter, table)).isZero();
    }

    @Test
    void cancelStopsARunningQueryFromAnotherThreadWithinASecond() throws Exception {
        Adapter adapter = open();
        adapter.execute("select 1", true);
        CompletableFuture<Long> failedAt = CompletableFuture.supplyAsync(() -> {
            try {
                adapter.execute(sleepSql(), true);
                return -1L;
            } catch (DvtException e) {
                return System.nanoTime();
            }
        });
        Thread.sleep(700);
        long cancelledAt = System.nanoTime();
        adapter.cancelRunningQueries();
        long end = failedAt.get(10, TimeUnit.SECONDS);
        assertThat(end).isPositive();
        assertThat(TimeUnit.NANOSECONDS.toMillis(end - cancelledAt)).isLessThan(1000);
    }

    @Test
    void anUnreachableHostFailsFastNamingTheTarget() {
        Map<String, Object> keys = new LinkedHashMap<>(connectionKeys());
        keys.put(hostKey(), "127.0.0.1");
        keys.put("port", 1);
        keys.put("retries", 0);
        long start = System.nanoTime();
        assertThatThrownBy(() -> openWith(keys).execute("select 1", true))
                .isInstanceOfSatisfying(DvtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONNECTION))
                .hasMessageContaining("'" + TARGET + "'")
                .hasMessageContaining("127.0.0.1:1");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(5);
    }

    abstract String hostKey();

    Adapter openWith(Map<String, Object> keys) {
        return openWith(keys, database());
    }

    Adapter openWith(Map<String, Object> keys, String database) {
        Adapter adapter = create(new TargetConfig(TARGET, type(), 2, schema(), database, keys));
        opened.add(adapter);
        return adapter;
    }

    @Test
    void unknownProfileKeysAreWarnedAboutNotFatal() {
        List<Event> events = new CopyOnWriteArrayList<>();
        EventSink sink = events::add;
        Events.addSink(sink);
        try {
            Adapter adapter = open(schema(), Map.of("hots", "typo"));
            adapter.execute("select 1", true);
        } finally {
            Events.removeSink(sink);
        }
        assertThat(events).extracting(Event::message)
                .anySatisfy(m -> assertThat(m).contains("'hots'").contains("'" + TARGET + "'"));
    }
}
