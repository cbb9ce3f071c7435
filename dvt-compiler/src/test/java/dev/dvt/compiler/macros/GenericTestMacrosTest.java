package dev.dvt.compiler.macros;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.compiler.jinja.DvtTemplateEngine;
import dev.dvt.compiler.jinja.MacroLibrary;
import dev.dvt.compiler.jinja.MacroSource;
import dev.dvt.compiler.jinja.RenderContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Renders the built-in generic tests and runs their SQL on DuckDB, with and without violations. */
class GenericTestMacrosTest {
    private static final String ROOT = "my_project";

    private Connection db;

    /** The {@code config} object a test node sees: {@code config.get(key, default)}. */
    public static final class NodeConfig {
        private final Map<String, Object> values;

        NodeConfig(Map<String, Object> values) {
            this.values = values;
        }

        public Object get(String key) {
            return values.get(key);
        }

        public Object get(String key, Object defaultValue) {
            return values.getOrDefault(key, defaultValue);
        }
    }

    @BeforeEach
    void createTables() throws SQLException {
        db = DriverManager.getConnection("jdbc:duckdb:");
        execute("create table customers (id integer, status varchar, country_id integer)");
        execute("insert into customers values (1, 'active', 10), (2, 'active', 20), (2, 'gone', null),"
                + " (3, null, 99), (null, 'weird', 10), (4, 'weird', 98)");
        execute("create table countries (id integer)");
        execute("insert into countries values (10), (20)");
        execute("create table clean (id integer, status varchar)");
        execute("insert into clean values (1, 'active'), (2, 'gone')");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute(sql);
        }
    }

    private static DvtTemplateEngine engine(List<MacroSource> projectMacros) {
        return DvtTemplateEngine.builder(MacroLibrary.load(ROOT, projectMacros)).adapterTypes(List.of("duckdb"))
                .global("flags", Map.of("STORE_FAILURES", false)).build();
    }

    private static String render(DvtTemplateEngine engine, String call, Map<String, Object> config) {
        RenderContext ctx = RenderContext.forPackage(ROOT).set("config", new NodeConfig(new HashMap<>(config)));
        return engine.render(call, "tests/generic.sql", ctx);
    }

    private String render(String call, Map<String, Object> config) {
        return render(engine(List.of()), call, config);
    }

    private long failures(String testSql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select count(*) from (" + testSql + ") t")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void unique() throws SQLException {
        String sql = render("{{ test_unique(model=get_where_subquery('customers'), column_name='id') }}", Map.of());
        assertThat(sql).contains("having count(*) > 1");
        assertThat(failures(sql)).isEqualTo(1);
        assertThat(failures(render("{{ test_unique(model='clean', column_name='id') }}", Map.of()))).isZero();
    }

    @Test
    void notNull() throws SQLException {
        assertThat(failures(render("{{ test_not_null(model='customers', column_name='id') }}", Map.of()))).isEqualTo(1);
        assertThat(failures(render("{{ test_not_null(model='customers', column_name='status') }}", Map.of())))
                .isEqualTo(1);
        assertThat(failures(render("{{ test_not_null(model='clean', column_name='status') }}", Map.of()))).isZero();
        assertThat(render("{{ test_not_null(model='clean', column_name='status') }}", Map.of()))
                .contains("select status");
        assertThat(render("{{ test_not_null(model='clean', column_name='status') }}", Map.of("store_failures", true)))
                .contains("select *");
    }

    @Test
    void acceptedValues() throws SQLException {
        String quoted = render("{{ test_accepted_values(model='customers', column_name='status',"
                + " values=['active', 'gone']) }}", Map.of());
        assertThat(quoted).contains("not in ('active', 'gone')");
        // 'weird' (2 rows) and NULL: NOT IN with a NULL value_field is unknown, so NULL does not fail (as in dbt).
        assertThat(failures(quoted)).isEqualTo(1);
        assertThat(failures(render("{{ test_accepted_values(model='clean', column_name='status',"
                + " values=['active', 'gone']) }}", Map.of()))).isZero();
        String unquoted = render("{{ test_accepted_values(model='customers', column_name='id',"
                + " values=[1, 2, 3], quote=false) }}", Map.of());
        assertThat(unquoted).contains("not in (1, 2, 3)");
        assertThat(failures(unquoted)).isEqualTo(1);
    }

    @Test
    void relationships() throws SQLException {
        String sql = render("{{ test_relationships(model='customers', column_name='country_id',"
                + " to='countries', field='id') }}", Map.of());
        assertThat(failures(sql)).isEqualTo(2);
        assertThat(failures(render("{{ test_relationships(model='customers', column_name='country_id',"
                + " to='countries', field='id') }}", Map.of("where", "country_id < 50")))).isEqualTo(2);
        assertThat(failures(render("{{ test_relationships(model=get_where_subquery('customers'),"
                + " column_name='country_id', to='countries', field='id') }}", Map.of("where", "country_id < 50"))))
                .isZero();
    }

    @Test
    void whereConfigFiltersTheModel() throws SQLException {
        assertThat(render("{{ get_where_subquery('customers') }}", Map.of())).isEqualTo("customers");
        String filtered = render("{{ get_where_subquery('customers') }}", Map.of("where", "status = 'active'"));
        assertThat(filtered).isEqualTo("(select * from customers where status = 'active') dbt_subquery");
        assertThat(failures(render("{{ test_unique(model=get_where_subquery('customers'), column_name='id') }}",
                Map.of("where", "status = 'active'")))).isZero();
    }

    @Test
    void testSqlWrapperComputesFailuresAndThresholds() throws SQLException {
        String main = render("{{ test_unique(model='customers', column_name='id') }}", Map.of());
        RenderContext ctx = RenderContext.forPackage(ROOT).set("config", new NodeConfig(Map.of()))
                .set("main_sql", main);
        String wrapped = engine(List.of()).render("{{ get_test_sql(main_sql, 'count(*)', '!= 0', '> 5', none) }}",
                "tests/generic.sql", ctx);
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(wrapped)) {
            rs.next();
            assertThat(rs.getLong("failures")).isEqualTo(1);
            assertThat(rs.getBoolean("should_warn")).isTrue();
            assertThat(rs.getBoolean("should_error")).isFalse();
        }
        String limited = engine(List.of()).render("{{ get_test_sql(main_sql, 'count(*)', '!= 0', '!= 0', 1) }}",
                "tests/generic.sql", ctx);
        assertThat(limited).contains("limit 1");
    }

    @Test
    void projectCanOverrideATestPerAdapter() throws SQLException {
        DvtTemplateEngine custom = engine(List.of(new MacroSource(ROOT, Path.of("macros/override.sql"),
                "{% macro duckdb__test_not_null(model, column_name) %}select 1 as always_fails{% endmacro %}")));
        assertThat(failures(render(custom, "{{ test_not_null(model='clean', column_name='id') }}", Map.of())))
                .isEqualTo(1);
    }
}
