package dev.dvt.it.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.adapter.mysql.MySqlAdapter;
import dev.dvt.it.TestingMariaDbServer;
import dev.dvt.spi.Adapter;
import dev.dvt.spi.Relation;
import dev.dvt.spi.RelationType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The MySQL adapter against MariaDB; "analytics" is a per-test database so tests do not collide. */
class MySqlAdapterIT extends BaseAdapterIT {
    private TestingMariaDbServer server;
    private String analytics;

    @BeforeEach
    void startDatabase() {
        server = new TestingMariaDbServer();
        analytics = "dvt_it_a" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @AfterEach
    void dropDatabase() {
        closeAdapters();
        server.execute("DROP DATABASE IF EXISTS " + analytics);
        server.close();
    }

    @Override
    Map<String, Object> connectionKeys() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("server", TestingMariaDbServer.HOST);
        keys.put("port", TestingMariaDbServer.PORT);
        keys.put("username", TestingMariaDbServer.USER);
        keys.put("connect_timeout", 3);
        return keys;
    }

    @Override
    String type() {
        return "mariadb";
    }

    @Override
    String database() {
        return null;
    }

    @Override
    String hostKey() {
        return "server";
    }

    @Override
    String sleepSql() {
        return "select sleep(30)";
    }

    @Override
    String schema() {
        return analytics;
    }

    @Override
    List<String> expectedSeedColumns() {
        return List.of("id:int", "name:longtext", "score:double", "born:date", "seen_at:datetime(6)",
                "active:tinyint");
    }

    @Test
    void renameAtomicallySwapsTwoTablesInOneStatement() {
        MySqlAdapter adapter = (MySqlAdapter) open();
        adapter.createSchema(null, analytics);
        Relation live = adapter.relation(null, analytics, "live", RelationType.TABLE);
        Relation fresh = adapter.relation(null, analytics, "live__dvt_tmp", RelationType.TABLE);
        adapter.execute("create table " + live + " (v integer)", false);
        adapter.execute("insert into " + live + " values (1)", false);
        adapter.execute("create table " + fresh + " (v integer)", false);
        adapter.execute("insert into " + fresh + " values (2)", false);
        adapter.listRelations(null, analytics);

        adapter.renameAtomically(List.of(new MySqlAdapter.Rename(live, "live__dvt_backup"),
                new MySqlAdapter.Rename(fresh, "live")));

        assertThat(adapter.execute("select v from " + live, true).rows()).containsExactly(List.of(2));
        assertThat(adapter.getRelation(null, analytics, "live__dvt_backup")).isPresent();
        assertThat(adapter.getRelation(null, analytics, "live__dvt_tmp")).isEmpty();
        assertThat(adapter.listRelations(null, analytics)).extracting(Relation::getIdentifier)
                .containsExactlyInAnyOrder("live", "live__dvt_backup");
    }

    @Test
    void relationsHaveNoDatabasePartAndCommentsPersist() {
        Adapter adapter = open();
        assertThat(adapter.defaultDatabase()).isNull();
        adapter.createSchema("ignored", analytics);
        Relation table = adapter.relation("ignored", analytics, "t", RelationType.TABLE);
        assertThat(table.render()).isEqualTo("`" + analytics + "`.`t`");
        adapter.execute("create table " + table + " (id integer not null, label varchar(12))", false);
        adapter.commentOnRelation(table, "the table");
        adapter.commentOnColumn(table, "label", "it's a label");
        List<Object> row = adapter.execute("select c.column_comment, c.is_nullable, t.table_comment from"
                + " information_schema.columns c join information_schema.tables t using (table_schema, table_name)"
                + " where c.table_schema = '" + analytics + "' and c.column_name = 'label'", true).rows().get(0);
        assertThat(row).containsExactly("it's a label", "YES", "the table");
        assertThat(adapter.getColumns(table)).extracting(c -> c.getDataType()).containsExactly("int", "varchar(12)");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutShowingIt() {
        String user = "dvt_it_pw_" + UUID.randomUUID().toString().substring(0, 6);
        server.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY 'right-one'");
        server.execute("CREATE USER '" + user + "'@'localhost' IDENTIFIED BY 'right-one'");
        try {
            Map<String, Object> keys = new LinkedHashMap<>(connectionKeys());
            keys.put("username", user);
            keys.put("password", "Wrong-Secret-42");
            assertThatThrownBy(() -> openWith(keys).execute("select 1", true))
                    .isInstanceOfSatisfying(DvtException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.CONNECTION))
                    .hasMessageContaining("'" + TARGET + "'")
                    .hasMessageContaining("Access denied")
                    .hasMessageNotContaining("Wrong-Secret-42");
            keys.put("password", "right-one");
            assertThat(openWith(keys).execute("select 1", true).rows()).hasSize(1);
        } finally {
            server.execute("DROP USER IF EXISTS '" + user + "'@'%'");
            server.execute("DROP USER IF EXISTS '" + user + "'@'localhost'");
        }
    }

    @Test
    void aDatabaseDifferentFromTheSchemaIsAProfileError() {
        assertThatThrownBy(() -> openWith(connectionKeys(), "other"))
                .isInstanceOfSatisfying(DvtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROFILE))
                .hasMessageContaining("'" + TARGET + "'").hasMessageContaining("'other'");
    }
}
