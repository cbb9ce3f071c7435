package dev.dvt.it.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.catalog.CatalogQueries;
import dev.dvt.it.TestingPostgresServer;
import dev.dvt.spi.Adapter;
import dev.dvt.spi.Relation;
import dev.dvt.spi.RelationType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresAdapterIT extends BaseAdapterIT {
    private TestingPostgresServer server;

    @BeforeEach
    void startDatabase() {
        server = new TestingPostgresServer();
    }

    @AfterEach
    void dropDatabase() {
        closeAdapters();
        server.close();
    }

    @Override
    Map<String, Object> connectionKeys() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("host", TestingPostgresServer.HOST);
        keys.put("port", TestingPostgresServer.PORT);
        keys.put("user", TestingPostgresServer.USER);
        keys.put("password", "not-checked-by-trust-auth");
        keys.put("connect_timeout", 3);
        return keys;
    }

    @Override
    String type() {
        return "postgres";
    }

    @Override
    String database() {
        return server.database();
    }

    @Override
    String hostKey() {
        return "host";
    }

    @Override
    String sleepSql() {
        return "select pg_sleep(30)";
    }

    @Override
    List<String> expectedSeedColumns() {
        return List.of("id:integer", "name:text", "score:double precision", "born:date",
                "seen_at:timestamp without time zone", "active:boolean");
    }

    @Test
    void ddlIsTransactional() {
        Adapter adapter = open();
        adapter.createSchema(database(), "analytics");
        Relation table = adapter.relation(database(), "analytics", "scratch", RelationType.TABLE);
        adapter.begin();
        adapter.execute("create table " + table + " (id integer)", false);
        adapter.rollback();
        assertThat(adapter.getRelation(database(), "analytics", "scratch")).isEmpty();
    }

    @Test
    void listsMaterializedViewsAndReadsTheCatalogWithCommentsAndOwner() throws Exception {
        Adapter adapter = open();
        adapter.createSchema(database(), "analytics");
        Relation table = adapter.relation(database(), "analytics", "t", RelationType.TABLE);
        adapter.execute("create table " + table + " (id integer, label varchar(12))", false);
        adapter.execute("create materialized view analytics.mv as select id from " + table, false);
        adapter.commentOnRelation(table, "the table");
        adapter.commentOnColumn(table, "label", "a label");
        assertThat(adapter.listRelations(database(), "analytics")).extracting(Relation::relationType)
                .containsExactlyInAnyOrder(RelationType.TABLE, RelationType.MATERIALIZED_VIEW);

        try (Connection c = server.connect();
                PreparedStatement st = c.prepareStatement(CatalogQueries.forDialect(adapter.dialect()).columnsSql())) {
            st.setString(1, "analytics");
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(3)).isEqualTo("mv");
                assertThat(rs.getString(4)).isEqualTo("MATERIALIZED VIEW");
                assertThat(rs.next()).isTrue();
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(3)).isEqualTo("t");
                assertThat(rs.getString(5)).isEqualTo("the table");
                assertThat(rs.getString(6)).isEqualTo("postgres");
                assertThat(rs.getString(7)).isEqualTo("label");
                assertThat(rs.getString(9)).isEqualTo("character varying(12)");
                assertThat(rs.getString(10)).isEqualTo("a label");
            }
        }
    }

    @Test
    void searchPathRoleAndApplicationNameApplyToEveryConnection() {
        // a role is cluster-wide: one left by an interrupted run must not fail this one
        server.execute("do $$ begin create role dvt_it_reader; exception when duplicate_object then null; end $$");
        try {
            server.execute("grant dvt_it_reader to postgres");
            Adapter adapter = open("analytics", Map.of("search_path", "analytics, public", "role", "dvt_it_reader",
                    "application_name", "dvt-it"));
            List<Object> row = adapter.execute("select current_setting('search_path'), current_user,"
                    + " current_setting('application_name')", true).rows().get(0);
            assertThat(row).containsExactly("analytics, public", "dvt_it_reader", "dvt-it");
        } finally {
            closeAdapters();
            server.execute("drop role dvt_it_reader");
        }
    }

    @Test
    void anUnknownDatabaseIsAConnectionErrorNamingTheTarget() {
        assertThatThrownBy(() -> openWith(connectionKeys(), "no_such_db").execute("select 1", true))
                .isInstanceOfSatisfying(DvtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONNECTION))
                .hasMessageContaining("'" + TARGET + "'")
                .hasMessageContaining("no_such_db");
    }

    @Test
    void anUnknownUserIsRefusedWithoutShowingThePassword() {
        Map<String, Object> keys = new LinkedHashMap<>(connectionKeys());
        keys.put("user", "no_such_user");
        keys.put("password", "Very-Secret-42");
        assertThatThrownBy(() -> openWith(keys).execute("select 1", true))
                .isInstanceOfSatisfying(DvtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONNECTION))
                .hasMessageContaining("'" + TARGET + "'")
                .hasMessageContaining("no_such_user")
                .hasMessageNotContaining("Very-Secret-42");
    }

    @Test
    void aMissingUserIsAProfileError() {
        Map<String, Object> keys = new LinkedHashMap<>(connectionKeys());
        keys.remove("user");
        assertThatThrownBy(() -> openWith(keys))
                .isInstanceOfSatisfying(DvtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROFILE))
                .hasMessageContaining("'" + TARGET + "'").hasMessageContaining("'user'");
    }
}
