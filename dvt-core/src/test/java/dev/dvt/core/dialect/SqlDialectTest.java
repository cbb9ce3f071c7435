package dev.dvt.core.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.adapter.duckdb.DuckDbDialect;
import dev.dvt.core.adapter.mysql.MySqlDialect;
import dev.dvt.core.adapter.postgres.PostgresDialect;
import dev.dvt.core.adapter.sqlserver.SqlServerDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shared behaviour of the base class, checked through a few dialects, and golden cases G54–G58. */
class SqlDialectTest {
    private static final RelationName T = RelationName.of("s", "t");
    private static final List<ColumnDef> COLS = List.of(new ColumnDef("id", "INTEGER"), new ColumnDef("name", "TEXT"));

    @Test
    void g54G55FallbackSelectShapes() {
        SqlDialect pg = PostgresDialect.DEFAULT;
        assertThat(pg.simpleSelect(SimpleSelect.from("public.orders"))).isEqualTo("SELECT * FROM public.orders");
        assertThat(pg.simpleSelect(SimpleSelect.from("public.orders").withColumns(List.of("id", "date", "amount"))
                .withPredicates(List.of("date > '2024-01-01'")).withLimit(1000)))
                .isEqualTo("SELECT id, date, amount FROM public.orders WHERE date > '2024-01-01' LIMIT 1000");
    }

    @Test
    void g56G57LimitShapes() {
        assertThat(DialectRegistry.forType("sqlserver").simpleSelect(SimpleSelect.from("s.t").withLimit(100)))
                .isEqualTo("SELECT TOP 100 * FROM s.t");
        assertThat(DialectRegistry.forType("oracle").simpleSelect(SimpleSelect.from("s.t").withLimit(100)))
                .isEqualTo("SELECT * FROM s.t FETCH FIRST 100 ROWS ONLY");
    }

    @Test
    void g58SampleClauses() {
        assertThat(DialectRegistry.forType("snowflake").sampleClause(10)).contains("SAMPLE (10.0)");
        assertThat(DialectRegistry.forType("mysql").sampleClause(10)).isEmpty();
        assertThat(DialectRegistry.forType("greenplum").sampleClause(2.5)).contains("TABLESAMPLE BERNOULLI (2.5)");
        assertThat(DialectRegistry.forType("materialize").sampleClause(2.5)).isEmpty();
    }

    @Test
    void offsetShapes() {
        SimpleSelect paged = SimpleSelect.from("s.t").withLimit(10).withOffset(20);
        assertThat(PostgresDialect.DEFAULT.simpleSelect(paged)).isEqualTo("SELECT * FROM s.t LIMIT 10 OFFSET 20");
        assertThat(SqlServerDialect.DEFAULT.simpleSelect(paged))
                .isEqualTo("SELECT * FROM s.t ORDER BY (SELECT NULL) OFFSET 20 ROWS FETCH NEXT 10 ROWS ONLY");
        assertThat(DialectRegistry.forType("db2").simpleSelect(paged.withOrderBy(List.of("id"))))
                .isEqualTo("SELECT * FROM s.t ORDER BY id OFFSET 20 ROWS FETCH NEXT 10 ROWS ONLY");
        assertThat(DialectRegistry.forType("trino").simpleSelect(paged)).isEqualTo("SELECT * FROM s.t OFFSET 20 LIMIT 10");
        assertThatThrownBy(() -> DialectRegistry.forType("teradata").simpleSelect(paged))
                .isInstanceOf(DvtException.class).hasMessageContaining("no OFFSET");
    }

    @Test
    void caseFoldingOfUnquotedNames() {
        assertThat(DialectRegistry.forType("postgres").foldUnquoted("MyTable")).isEqualTo("mytable");
        for (String upper : List.of("snowflake", "oracle", "db2", "exasol")) {
            assertThat(DialectRegistry.forType(upper).foldUnquoted("MyTable")).as(upper).isEqualTo("MYTABLE");
        }
        assertThat(DialectRegistry.forType("mysql").foldUnquoted("MyTable")).isEqualTo("MyTable");
        assertThat(DialectRegistry.forType("bigquery").foldUnquoted("MyTable")).isEqualTo("MyTable");
    }

    @Test
    void literals() {
        assertThat(PostgresDialect.DEFAULT.quoteString("it's a\\b")).isEqualTo("'it''s a\\b'");
        assertThat(MySqlDialect.DEFAULT.quoteString("it's a\\b")).isEqualTo("'it\\'s a\\\\b'");
        assertThat(PostgresDialect.DEFAULT.booleanLiteral(true)).isEqualTo("TRUE");
        assertThat(SqlServerDialect.DEFAULT.booleanLiteral(false)).isEqualTo("0");
        assertThat(DialectRegistry.forType("oracle").currentTimestamp()).isEqualTo("SYSTIMESTAMP");
        assertThat(DialectRegistry.forType("db2").currentTimestamp()).isEqualTo("CURRENT TIMESTAMP");
    }

    @Test
    void createTableShapes() {
        assertThat(PostgresDialect.DEFAULT.createTable(T, COLS))
                .isEqualTo("CREATE TABLE \"s\".\"t\" (\"id\" INTEGER, \"name\" TEXT)");
        assertThat(PostgresDialect.DEFAULT.createTableIfNotExists(T, COLS))
                .isEqualTo("CREATE TABLE IF NOT EXISTS \"s\".\"t\" (\"id\" INTEGER, \"name\" TEXT)");
        assertThat(SqlServerDialect.DEFAULT.createTableIfNotExists(T, COLS))
                .isEqualTo("IF OBJECT_ID(N'[s].[t]', N'U') IS NULL CREATE TABLE [s].[t] ([id] INTEGER, [name] TEXT)");
        assertThat(DialectRegistry.forType("oracle").createTableIfNotExists(T, COLS))
                .isEqualTo("BEGIN EXECUTE IMMEDIATE 'CREATE TABLE \"s\".\"t\" (\"id\" INTEGER, \"name\" TEXT)';"
                        + " EXCEPTION WHEN OTHERS THEN IF SQLCODE != -955 THEN RAISE; END IF; END;");
        assertThat(DialectRegistry.forType("clickhouse").createTable(T, COLS))
                .isEqualTo("CREATE TABLE `s`.`t` (`id` INTEGER, `name` TEXT) ENGINE = MergeTree ORDER BY tuple()");
        assertThat(DialectRegistry.forType("athena").createTable(new RelationName("awsdatacatalog", "s", "t"), COLS))
                .isEqualTo("CREATE TABLE `s`.`t` (`id` INTEGER, `name` TEXT)");
        assertThatThrownBy(() -> DialectRegistry.forType("teradata").createTableIfNotExists(T, COLS))
                .isInstanceOf(DvtException.class).hasMessageContaining("teradata has no CREATE TABLE IF NOT EXISTS");
        assertThat(PostgresDialect.DEFAULT.createViewAs(T, "SELECT 1")).isEqualTo("CREATE VIEW \"s\".\"t\" AS SELECT 1");
    }

    @Test
    void schemaDropTruncateInsertAndAddColumn() {
        assertThat(PostgresDialect.DEFAULT.createSchemaIfNotExists("db", "s")).isEqualTo("CREATE SCHEMA IF NOT EXISTS \"s\"");
        assertThat(MySqlDialect.DEFAULT.createSchemaIfNotExists("db", "s")).isEqualTo("CREATE SCHEMA IF NOT EXISTS `s`");
        assertThat(SqlServerDialect.DEFAULT.createSchemaIfNotExists(null, "s"))
                .isEqualTo("IF SCHEMA_ID(N's') IS NULL EXEC(N'CREATE SCHEMA [s]')");
        assertThat(DialectRegistry.forType("clickhouse").createSchemaIfNotExists(null, "s"))
                .isEqualTo("CREATE DATABASE IF NOT EXISTS `s`");
        assertThatThrownBy(() -> DialectRegistry.forType("oracle").createSchemaIfNotExists(null, "s"))
                .isInstanceOf(DvtException.class).hasMessageContaining("schemas are users");

        assertThat(PostgresDialect.DEFAULT.dropTableIfExists(T)).isEqualTo("DROP TABLE IF EXISTS \"s\".\"t\" CASCADE");
        assertThat(PostgresDialect.DEFAULT.dropViewIfExists(T)).isEqualTo("DROP VIEW IF EXISTS \"s\".\"t\" CASCADE");
        assertThat(MySqlDialect.DEFAULT.dropTableIfExists(T)).isEqualTo("DROP TABLE IF EXISTS `s`.`t`");
        assertThat(DialectRegistry.forType("db2").dropTableIfExists(T)).isEqualTo(
                "BEGIN DECLARE CONTINUE HANDLER FOR SQLSTATE '42704' BEGIN END; EXECUTE IMMEDIATE 'DROP TABLE \"s\".\"t\"'; END");
        assertThat(DialectRegistry.forType("teradata").supportsDropIfExists()).isFalse();
        assertThat(DialectRegistry.forType("teradata").dropTableIfExists(T)).isEqualTo("DROP TABLE \"s\".\"t\"");

        assertThat(PostgresDialect.DEFAULT.truncateTable(T)).isEqualTo("TRUNCATE TABLE \"s\".\"t\"");
        assertThat(DialectRegistry.forType("teradata").truncateTable(T)).isEqualTo("DELETE FROM \"s\".\"t\" ALL");
        assertThat(DialectRegistry.forType("db2").truncateTable(T)).isEqualTo("TRUNCATE TABLE \"s\".\"t\" IMMEDIATE");

        assertThat(PostgresDialect.DEFAULT.insertIntoSelect(T, List.of("a", "b"), "SELECT 1, 2"))
                .isEqualTo("INSERT INTO \"s\".\"t\" (\"a\", \"b\") SELECT 1, 2");
        ColumnDef c = new ColumnDef("c", "INTEGER");
        assertThat(PostgresDialect.DEFAULT.addColumn(T, c)).isEqualTo("ALTER TABLE \"s\".\"t\" ADD COLUMN \"c\" INTEGER");
        assertThat(DialectRegistry.forType("oracle").addColumn(T, c)).isEqualTo("ALTER TABLE \"s\".\"t\" ADD (\"c\" INTEGER)");
        assertThat(DialectRegistry.forType("spark").addColumn(T, c)).isEqualTo("ALTER TABLE `s`.`t` ADD COLUMNS (`c` INTEGER)");
        assertThat(SqlServerDialect.DEFAULT.addColumn(T, c)).isEqualTo("ALTER TABLE [s].[t] ADD [c] INTEGER");
    }

    @Test
    void transactionalDdl() {
        assertThat(PostgresDialect.DEFAULT.ddlIsTransactional()).isTrue();
        assertThat(DuckDbDialect.DEFAULT.ddlIsTransactional()).isTrue();
        assertThat(MySqlDialect.DEFAULT.ddlIsTransactional()).isFalse();
        assertThat(DialectRegistry.forType("snowflake").ddlIsTransactional()).isFalse();
    }

    @Test
    void canonicalTypesOnPostgresAndMysql() {
        SqlDialect pg = PostgresDialect.DEFAULT;
        SqlDialect my = MySqlDialect.DEFAULT;
        assertThat(List.of("string", "text", "int", "bigint", "smallint", "float", "double", "decimal(10,2)",
                "boolean", "date", "timestamp", "timestamp_tz", "time", "binary", "json").stream()
                .map(t -> pg.ddlType(TypeSpec.parse(t))).toList())
                .containsExactly("TEXT", "TEXT", "INTEGER", "BIGINT", "SMALLINT", "REAL", "DOUBLE PRECISION",
                        "NUMERIC(10,2)", "BOOLEAN", "DATE", "TIMESTAMP", "TIMESTAMPTZ", "TIME", "BYTEA", "JSONB");
        assertThat(my.ddlType(TypeSpec.parse("string(20)"))).isEqualTo("VARCHAR(20)");
        assertThat(my.ddlType(TypeSpec.parse("timestamp"))).isEqualTo("DATETIME(6)");
        assertThat(my.ddlType(TypeSpec.decimal(80, 40))).isEqualTo("DECIMAL(65,40)");
        assertThatThrownBy(() -> TypeSpec.parse("varchar2(10)"))
                .isInstanceOf(DvtException.class).hasMessageContaining("Unknown column type 'varchar2(10)'");
    }

    @Test
    void jdbcTypesBecomeDdlTypes() {
        SqlDialect pg = PostgresDialect.DEFAULT;
        assertThat(pg.ddlTypeForJdbc(java.sql.Types.VARCHAR, Integer.MAX_VALUE, 0)).isEqualTo("TEXT");
        assertThat(pg.ddlTypeForJdbc(java.sql.Types.NUMERIC, 0, -127)).isEqualTo("NUMERIC");
        assertThat(pg.ddlTypeForJdbc(java.sql.Types.NUMERIC, 18, 4)).isEqualTo("NUMERIC(18,4)");
        assertThat(pg.ddlTypeForJdbc(java.sql.Types.FLOAT, 0, 0)).isEqualTo("DOUBLE PRECISION");
        assertThat(pg.ddlTypeForJdbc(java.sql.Types.TINYINT, 3, 0)).isEqualTo("SMALLINT");
        assertThat(pg.ddlTypeForJdbc(java.sql.Types.BIT, 1, 0)).isEqualTo("BOOLEAN");
        assertThat(pg.ddlTypeForJdbc(java.sql.Types.TIMESTAMP_WITH_TIMEZONE, 0, 0)).isEqualTo("TIMESTAMPTZ");
        assertThat(pg.ddlTypeForJdbc(java.sql.Types.OTHER, 0, 0)).isEqualTo("TEXT");
        assertThat(JdbcTypes.toTypeSpec(java.sql.Types.OTHER, "jsonb", 0, 0)).isEqualTo(TypeSpec.of(CanonicalType.JSON));
        assertThat(SqlServerDialect.DEFAULT.ddlTypeForJdbc(java.sql.Types.VARCHAR, 8000, 0)).isEqualTo("NVARCHAR(MAX)");
        assertThat(DialectRegistry.forType("oracle").ddlTypeForJdbc(java.sql.Types.BIGINT, 19, 0)).isEqualTo("NUMBER(19)");
    }

    @Test
    void registryFindsEveryTypeAndAliasCaseInsensitively() {
        assertThat(DialectRegistry.forType("POSTGRES")).isInstanceOf(PostgresDialect.class);
        assertThat(DialectRegistry.forType(" MariaDB ")).isInstanceOf(MySqlDialect.class);
        assertThat(DialectRegistry.forType("fabric")).isInstanceOf(SqlServerDialect.class);
        assertThat(DialectRegistry.forType("starburst").name()).isEqualTo("trino");
        assertThat(DialectRegistry.discovered().knownTypes()).containsExactly(
                "alloydb", "athena", "bigquery", "clickhouse", "cratedb", "databricks", "db2", "duckdb", "exasol",
                "fabric", "firebolt", "greenplum", "hive", "impala", "mariadb", "materialize", "mysql", "oracle",
                "postgres", "redshift", "risingwave", "singlestore", "snowflake", "spark", "sqlserver", "starburst",
                "synapse", "teradata", "tidb", "timescaledb", "trino", "vertica");
    }

    @Test
    void unknownTypeIsAClearError() {
        assertThatThrownBy(() -> DialectRegistry.forType("sqlite"))
                .isInstanceOf(DvtException.class)
                .hasMessageStartingWith("No SQL dialect for adapter type 'sqlite'. Known types: alloydb, athena,")
                .satisfies(e -> assertThat(((DvtException) e).code()).isEqualTo(ErrorCode.PROFILE));
    }

    @Test
    void twoDialectsClaimingOneTypeIsABug() {
        assertThatThrownBy(() -> new DialectRegistry(List.of(PostgresDialect.DEFAULT, new PostgresDialect())))
                .isInstanceOf(DvtException.class).hasMessageContaining("claimed by both");
    }

    @Test
    void g61TranspilerDialects() {
        DialectRegistry r = DialectRegistry.discovered();
        assertThat(r.transpilerDialect("sqlserver")).isEqualTo("tsql");
        assertThat(r.transpilerDialect("starburst")).isEqualTo("trino");
        assertThat(r.transpilerDialect("tidb")).isEqualTo("mysql");
        assertThat(r.transpilerDialect("foo")).isEqualTo("foo");
        assertThat(r.transpilerDialect("Materialize")).isEqualTo("postgres");
        assertThat(r.transpilerDialect("redshift")).isEqualTo("redshift");
        assertThat(r.transpilerDialect("databricks")).isEqualTo("databricks");
    }

    @Test
    void strategiesParseFromConfigNames() {
        assertThat(IncrementalStrategy.parse("delete+insert")).isEqualTo(IncrementalStrategy.DELETE_INSERT);
        assertThat(IncrementalStrategy.parse(" Merge ")).isEqualTo(IncrementalStrategy.MERGE);
        assertThatThrownBy(() -> IncrementalStrategy.parse("upsert")).isInstanceOf(DvtException.class);
    }
}
