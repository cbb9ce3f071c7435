package dev.dvt.federation.transpile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.federation.plan.InputRelation;
import dev.dvt.federation.sql.ViewNames;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComputeTranspilerTest {
    private static final String MODEL = "model.p.m";
    private static final String P = ViewNames.prefix(MODEL);
    private static final InputRelation ORDERS = new InputRelation("source.p.raw.orders", "\"warehouse\"",
            "\"raw\"", "\"orders\"", List.of("id"), "postgres");
    private static final InputRelation CUSTOMERS = new InputRelation("source.p.crm.customers", null, "crm",
            "customers", List.of("id"), "mysql");
    private static final List<ViewBinding> VIEWS = List.of(new ViewBinding(ORDERS, P + "o"),
            new ViewBinding(CUSTOMERS, P + "c"));

    private final ComputeTranspiler transpiler = new ComputeTranspiler();

    private String duck(String sql, String dialect) {
        return transpiler.transpile(sql, dialect, ComputeDialect.DUCKDB, VIEWS);
    }

    private String spark(String sql, String dialect) {
        return transpiler.transpile(sql, dialect, ComputeDialect.SPARK, VIEWS);
    }

    @Test
    void g62_viewNameIsPrefixedByTheModelHash() {
        assertThat(ViewNames.of("model.p.m", "o")).isEqualTo("_dvt_" + dev.dvt.federation.sql.Hashes
                .md5Hex("model.p.m").substring(0, 8) + "_o");
        assertThat(ViewNames.of("model.p.m", "\"My Alias\"")).endsWith("_my_alias");
    }

    @Test
    void g63_everyQualificationOfAnInputMapsToItsView() {
        for (String ref : List.of("\"warehouse\".\"raw\".\"orders\"", "raw.orders", "orders", "RAW.ORDERS")) {
            assertThat(duck("SELECT x.id FROM " + ref + " x", "postgres"))
                    .isEqualTo("SELECT x.id FROM " + P + "o AS x");
        }
        assertThat(duck("SELECT raw.orders.id, orders.id FROM raw.orders", "postgres"))
                .isEqualTo("SELECT orders.id, orders.id FROM " + P + "o AS orders");
    }

    @Test
    void g61_dialectFamilies() {
        assertThat(dev.dvt.federation.sql.SqlDialect.of("sqlserver").family()).isEqualTo("tsql");
        assertThat(dev.dvt.federation.sql.SqlDialect.of("starburst").family()).isEqualTo("trino");
        assertThat(dev.dvt.federation.sql.SqlDialect.of("tidb").family()).isEqualTo("mysql");
        assertThat(dev.dvt.federation.sql.SqlDialect.of("foo").family()).isEqualTo("foo");
    }

    @Test
    void joinOfTwoSourcesRoundTripsToBothComputes() {
        String sql = "SELECT o.id, c.\"Name\" AS \"Customer Name\" FROM raw.orders o "
                + "JOIN crm.customers c ON o.customer_id = c.id WHERE o.amount > 10 ORDER BY o.id";
        assertThat(duck(sql, "postgres")).isEqualTo("SELECT o.id, c.\"Name\" AS \"Customer Name\" FROM " + P
                + "o AS o JOIN " + P + "c AS c ON o.customer_id = c.id WHERE o.amount > 10 ORDER BY o.id");
        assertThat(spark(sql, "postgres")).isEqualTo("SELECT o.id, c.`Name` AS `Customer Name` FROM " + P
                + "o AS o JOIN " + P + "c AS c ON o.customer_id = c.id WHERE o.amount > 10 ORDER BY o.id");
    }

    @Test
    void postgresCastsAndOperators() {
        String sql = "SELECT o.amount::numeric(10,2), CAST(o.id AS int8), o.note::text, NOW() FROM raw.orders o "
                + "WHERE o.status ILIKE 'a%' AND o.code ~* '^x'";
        assertThat(duck(sql, "postgres")).isEqualTo("SELECT CAST(o.amount AS DECIMAL(10,2)), CAST(o.id AS BIGINT), "
                + "CAST(o.note AS VARCHAR), CURRENT_TIMESTAMP FROM " + P + "o AS o WHERE o.status ILIKE 'a%' "
                + "AND regexp_matches(o.code, '^x', 'i')");
        assertThat(spark(sql, "postgres")).isEqualTo("SELECT CAST(o.amount AS DECIMAL(10,2)), CAST(o.id AS BIGINT), "
                + "CAST(o.note AS STRING), CURRENT_TIMESTAMP FROM " + P + "o AS o WHERE lower(o.status) LIKE "
                + "lower('a%') AND (o.code RLIKE concat('(?i)', '^x'))");
    }

    @Test
    void mysqlQuotingLiteralsAndFunctions() {
        String sql = "SELECT `c`.`id`, IFNULL(c.name, \"none\"), DATE_FORMAT(c.created, '%Y-%m-%d %H:%i'), "
                + "'it\\'s' FROM crm.customers c";
        assertThat(duck(sql, "mysql")).isEqualTo("SELECT \"c\".\"id\", coalesce(c.name, 'none'), "
                + "strftime(c.created, '%Y-%m-%d %H:%M'), 'it''s' FROM " + P + "c AS c");
        assertThat(spark(sql, "mysql")).isEqualTo("SELECT `c`.`id`, coalesce(c.name, 'none'), "
                + "date_format(c.created, 'yyyy-MM-dd HH:mm'), 'it\\'s' FROM " + P + "c AS c");
    }

    @Test
    void mysqlGroupConcat() {
        String sql = "SELECT GROUP_CONCAT(DISTINCT c.name SEPARATOR ';') FROM crm.customers c";
        assertThat(duck(sql, "mysql")).isEqualTo("SELECT string_agg(DISTINCT c.name, ';') FROM " + P + "c AS c");
        assertThat(spark(sql, "mysql")).isEqualTo("SELECT concat_ws(';', collect_set(c.name)) FROM " + P + "c AS c");
    }

    @Test
    void sqlServerTopIsnullLenGetdateAndConcatenation() {
        String sql = "SELECT TOP 10 [o].[id], ISNULL(o.name, 'x'), LEN(o.name), GETDATE(), o.first + ' ' + o.last, "
                + "o.a + o.b, CAST(o.ts AS datetime2), CONVERT(nvarchar(20), o.id) FROM [raw].[orders] AS [o]";
        assertThat(duck(sql, "sqlserver")).isEqualTo("SELECT \"o\".\"id\", coalesce(o.name, 'x'), length(o.name), "
                + "CURRENT_TIMESTAMP, concat(o.first, ' ', o.last), o.a + o.b, CAST(o.ts AS TIMESTAMP), "
                + "CAST(o.id AS VARCHAR) FROM " + P + "o AS \"o\" LIMIT 10");
        assertThat(spark(sql, "sqlserver")).contains("CAST(o.ts AS TIMESTAMP_NTZ)", "`o`.`id`", "LIMIT 10");
    }

    @Test
    void oracleNvlSysdateDecodeAndFetch() {
        String sql = "SELECT NVL(o.a, 0), SYSDATE, DECODE(o.s, 1, 'one', 2, 'two', 'many'), CAST(o.n AS NUMBER(12,2)) "
                + "FROM raw.orders o FETCH FIRST 5 ROWS ONLY";
        assertThat(duck(sql, "oracle")).isEqualTo("SELECT coalesce(o.a, 0), CURRENT_TIMESTAMP, CASE WHEN o.s IS NOT "
                + "DISTINCT FROM 1 THEN 'one' WHEN o.s IS NOT DISTINCT FROM 2 THEN 'two' ELSE 'many' END, "
                + "CAST(o.n AS DECIMAL(12,2)) FROM " + P + "o AS o LIMIT 5");
    }

    @Test
    void ctesAndSubqueriesKeepTheirOwnNames() {
        String sql = "WITH orders AS (SELECT * FROM raw.orders) SELECT * FROM orders "
                + "WHERE id IN (SELECT c.id FROM crm.customers c)";
        assertThat(duck(sql, "postgres")).isEqualTo("WITH orders AS (SELECT * FROM " + P + "o AS orders) "
                + "SELECT * FROM orders WHERE id IN (SELECT c.id FROM " + P + "c AS c)");
    }

    @Test
    void sparkStringLiteralsEscapeBackslashesAndQuotes() {
        assertThat(spark("SELECT 'C:\\dir', 'it''s' FROM raw.orders", "postgres"))
                .isEqualTo("SELECT 'C:\\\\dir', 'it\\'s' FROM " + P + "o AS orders");
    }

    @Test
    void untranslatableConstructsNameThemselvesAndShowTheSql() {
        assertThatThrownBy(() -> spark("SELECT DISTINCT ON (o.id) o.id FROM raw.orders o", "postgres"))
                .isInstanceOf(DvtException.class)
                .satisfies(e -> assertThat(((DvtException) e).code()).isEqualTo(ErrorCode.FEDERATION))
                .hasMessageContaining("Cannot translate DISTINCT ON from postgres to spark")
                .hasMessageContaining("o.id");
        assertThatThrownBy(() -> duck("SELECT o.id FROM raw.orders o, crm.customers c WHERE o.id = c.id(+)", "oracle"))
                .hasMessageContaining("Cannot translate the (+) outer join from oracle to duckdb");
        assertThatThrownBy(() -> duck("SELECT CAST(o.x AS geometry) FROM raw.orders o", "postgres"))
                .hasMessageContaining("Cannot translate type geometry");
        assertThatThrownBy(() -> spark("SELECT DATEDIFF(month, o.a, o.b) FROM raw.orders o", "sqlserver"))
                .hasMessageContaining("DATEDIFF(month");
        assertThatThrownBy(() -> duck("SELEKT nothing", "postgres"))
                .isInstanceOf(DvtException.class).hasMessageContaining("cannot be parsed").hasMessageContaining("SELEKT");
    }

    @Test
    void quotesLeftInVerbatimClausesAreReportedNotSilentlyTurnedIntoStrings() {
        String sql = "SELECT o.id, rank() OVER w FROM raw.orders o WINDOW w AS (PARTITION BY o.\"Region\")";
        assertThatThrownBy(() -> spark(sql, "postgres")).isInstanceOf(DvtException.class)
                .hasMessageContaining("prints verbatim").hasMessageContaining("Region");
        assertThat(duck(sql, "postgres")).contains("PARTITION BY o.\"Region\"");
    }
}
