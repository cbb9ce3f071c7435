package dev.dvt.core.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import java.sql.Types;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SQL every database's dialect writes for the same inputs. Target {@code analytics.dvt_test.orders},
 * staging from {@link SqlDialect#stagingRelation}, key {@code id}, columns {@code id, amount}.
 * A null merge or delete+insert means the database does not support that strategy.
 */
class DialectGoldenSqlTest {
    private static final RelationName TARGET = new RelationName("analytics", "dvt_test", "orders");

    record Golden(String type, String quoted, String relation, String limited, String sampled, String types,
            String ctas, String rename, String merge, String deleteInsert) {
        @Override
        public String toString() {
            return type;
        }
    }

    static Stream<Golden> goldens() {
        return Stream.of(
                new Golden("duckdb", "\"my\"\"col`]\"", "\"analytics\".\"dvt_test\".\"orders\"",
                        "SELECT * FROM (select 1) AS dvt_limit_subq LIMIT 5",
                        "SELECT * FROM s.t TABLESAMPLE (10.0%) LIMIT 100",
                        "DECIMAL(12,2) | VARCHAR(40) | TIMESTAMPTZ",
                        "CREATE TABLE \"analytics\".\"dvt_test\".\"orders\" AS SELECT 1 AS id",
                        "ALTER TABLE \"analytics\".\"dvt_test\".\"orders\" RENAME TO \"orders__dvt_tmp\"",
                        "MERGE INTO \"analytics\".\"dvt_test\".\"orders\" AS target USING \"analytics\".\"dvt_test\".\"_dvt_staging_orders\" AS stg ON target.\"id\" = stg.\"id\" WHEN MATCHED THEN UPDATE SET \"amount\" = stg.\"amount\" WHEN NOT MATCHED THEN INSERT (\"id\", \"amount\") VALUES (stg.\"id\", stg.\"amount\")",
                        "DELETE FROM \"analytics\".\"dvt_test\".\"orders\" WHERE \"id\" IN (SELECT \"id\" FROM \"analytics\".\"dvt_test\".\"_dvt_staging_orders\")"
                                + " || INSERT INTO \"analytics\".\"dvt_test\".\"orders\" (\"id\", \"amount\") SELECT \"id\", \"amount\" FROM \"analytics\".\"dvt_test\".\"_dvt_staging_orders\""),
                new Golden("postgres", "\"my\"\"col`]\"", "\"analytics\".\"dvt_test\".\"orders\"",
                        "SELECT * FROM (select 1) AS dvt_limit_subq LIMIT 5",
                        "SELECT * FROM s.t TABLESAMPLE BERNOULLI (10.0) LIMIT 100",
                        "NUMERIC(12,2) | VARCHAR(40) | TIMESTAMPTZ",
                        "CREATE TABLE \"analytics\".\"dvt_test\".\"orders\" AS SELECT 1 AS id",
                        "ALTER TABLE \"analytics\".\"dvt_test\".\"orders\" RENAME TO \"orders__dvt_tmp\"",
                        "INSERT INTO \"analytics\".\"dvt_test\".\"orders\" (\"id\", \"amount\") SELECT \"id\", \"amount\" FROM \"analytics\".\"dvt_test\".\"_dvt_staging_orders\" ON CONFLICT (\"id\") DO UPDATE SET \"amount\" = EXCLUDED.\"amount\"",
                        "DELETE FROM \"analytics\".\"dvt_test\".\"orders\" USING \"analytics\".\"dvt_test\".\"_dvt_staging_orders\" WHERE \"analytics\".\"dvt_test\".\"orders\".\"id\" = \"analytics\".\"dvt_test\".\"_dvt_staging_orders\".\"id\""
                                + " || INSERT INTO \"analytics\".\"dvt_test\".\"orders\" (\"id\", \"amount\") SELECT \"id\", \"amount\" FROM \"analytics\".\"dvt_test\".\"_dvt_staging_orders\""),
                new Golden("redshift", "\"my\"\"col`]\"", "\"analytics\".\"dvt_test\".\"orders\"",
                        "SELECT * FROM (select 1) AS dvt_limit_subq LIMIT 5",
                        "SELECT * FROM s.t ORDER BY RANDOM() LIMIT 100",
                        "NUMERIC(12,2) | VARCHAR(40) | TIMESTAMPTZ",
                        "CREATE TABLE \"analytics\".\"dvt_test\".\"orders\" AS SELECT 1 AS id",
                        "ALTER TABLE \"analytics\".\"dvt_test\".\"orders\" RENAME TO \"orders__dvt_tmp\"",
                        "DELETE FROM \"analytics\".\"dvt_test\".\"orders\" USING \"analytics\".\"dvt_test\".\"_dvt_staging_orders\" WHERE \"analytics\".\"dvt_test\".\"orders\".\"id\" = \"analytics\".\"dvt_test\".\"_dvt_staging_orders\".\"id\";\n"
                                + "INSERT INTO \"analytics\".\"dvt_test\".\"orders\" (\"id\", \"amount\") SELECT \"id\", \"amount\" FROM \"analytics\".\"dvt_test\".\"_dvt_staging_orders\"",
                        "DELETE FROM \"analytics\".\"dvt_test\".\"orders\" USING \"analytics\".\"dvt_test\".\"_dvt_staging_orders\" WHERE \"analytics\".\"dvt_test\".\"orders\".\"id\" = \"analytics\".\"dvt_test\".\"_dvt_staging_orders\".\"id\""
                                + " || INSERT INTO \"analytics\".\"dvt_test\".\"orders\" (\"id\", \"amount\") SELECT \"id\", \"amount\" FROM \"analytics\".\"dvt_test\".\"_dvt_staging_orders\""),
                new Golden("mysql", "`my\"col``]`", "`dvt_test`.`orders`",
                        "SELECT * FROM (select 1) AS dvt_limit_subq LIMIT 5",
                        "SELECT * FROM s.t ORDER BY RAND() LIMIT 100",
                        "DECIMAL(12,2) | VARCHAR(40) | TIMESTAMP(6)",
                        "CREATE TABLE `dvt_test`.`orders` AS SELECT 1 AS id",
                        "RENAME TABLE `dvt_test`.`orders` TO `dvt_test`.`orders__dvt_tmp`",
                        "INSERT INTO `dvt_test`.`orders` (`id`, `amount`) SELECT `id`, `amount` FROM `dvt_test`.`_dvt_staging_orders` ON DUPLICATE KEY UPDATE `amount` = VALUES(`amount`)",
                        "DELETE FROM `dvt_test`.`orders` WHERE `id` IN (SELECT `id` FROM `dvt_test`.`_dvt_staging_orders`)"
                                + " || INSERT INTO `dvt_test`.`orders` (`id`, `amount`) SELECT `id`, `amount` FROM `dvt_test`.`_dvt_staging_orders`"),
                new Golden("snowflake", "\"my\"\"col`]\"", "\"analytics\".\"dvt_test\".\"orders\"",
                        "SELECT * FROM (select 1) AS dvt_limit_subq LIMIT 5",
                        "SELECT * FROM s.t SAMPLE (10.0) LIMIT 100",
                        "NUMBER(12,2) | VARCHAR(40) | TIMESTAMP_TZ",
                        "CREATE TABLE \"analytics\".\"dvt_test\".\"orders\" AS SELECT 1 AS id",
                        "ALTER TABLE \"analytics\".\"dvt_test\".\"orders\" RENAME TO \"analytics\".\"dvt_test\".\"orders__dvt_tmp\"",
                        "MERGE INTO \"analytics\".\"dvt_test\".\"orders\" AS target USING \"analytics\".\"dvt_test\".\"_dvt_staging_orders\" AS stg ON target.\"id\" = stg.\"id\" WHEN MATCHED THEN UPDATE SET target.\"amount\" = stg.\"amount\" WHEN NOT MATCHED THEN INSERT (\"id\", \"amount\") VALUES (stg.\"id\", stg.\"amount\")",
                        "DELETE FROM \"analytics\".\"dvt_test\".\"orders\" WHERE \"id\" IN (SELECT \"id\" FROM \"analytics\".\"dvt_test\".\"_dvt_staging_orders\")"
                                + " || INSERT INTO \"analytics\".\"dvt_test\".\"orders\" (\"id\", \"amount\") SELECT \"id\", \"amount\" FROM \"analytics\".\"dvt_test\".\"_dvt_staging_orders\""),
                new Golden("bigquery", "`my\"col\\`]`", "`analytics`.`dvt_test`.`orders`",
                        "SELECT * FROM (select 1) AS dvt_limit_subq LIMIT 5",
                        "SELECT * FROM s.t TABLESAMPLE SYSTEM (10.0 PERCENT) LIMIT 100",
                        "NUMERIC(12,2) | STRING | TIMESTAMP",
                        "CREATE TABLE `analytics`.`dvt_test`.`orders` AS SELECT 1 AS id",
                        "ALTER TABLE `analytics`.`dvt_test`.`orders` RENAME TO `orders__dvt_tmp`",
                        "MERGE INTO `analytics`.`dvt_test`.`orders` AS target USING `analytics`.`dvt_test`.`_dvt_staging_orders` AS stg ON target.`id` = stg.`id` WHEN MATCHED THEN UPDATE SET target.`amount` = stg.`amount` WHEN NOT MATCHED THEN INSERT (`id`, `amount`) VALUES (stg.`id`, stg.`amount`)",
                        "DELETE FROM `analytics`.`dvt_test`.`orders` WHERE `id` IN (SELECT `id` FROM `analytics`.`dvt_test`.`_dvt_staging_orders`)"
                                + " || INSERT INTO `analytics`.`dvt_test`.`orders` (`id`, `amount`) SELECT `id`, `amount` FROM `analytics`.`dvt_test`.`_dvt_staging_orders`"),
                new Golden("databricks", "`my\"col``]`", "`analytics`.`dvt_test`.`orders`",
                        "SELECT * FROM (select 1) AS dvt_limit_subq LIMIT 5",
                        "SELECT * FROM s.t TABLESAMPLE (10.0 PERCENT) LIMIT 100",
                        "DECIMAL(12,2) | STRING | TIMESTAMP",
                        "CREATE TABLE `analytics`.`dvt_test`.`orders` AS SELECT 1 AS id",
                        "ALTER TABLE `analytics`.`dvt_test`.`orders` RENAME TO `analytics`.`dvt_test`.`orders__dvt_tmp`",
                        "MERGE INTO `analytics`.`dvt_test`.`orders` AS target USING `analytics`.`dvt_test`.`_dvt_staging_orders` AS stg ON target.`id` = stg.`id` WHEN MATCHED THEN UPDATE SET target.`amount` = stg.`amount` WHEN NOT MATCHED THEN INSERT (`id`, `amount`) VALUES (stg.`id`, stg.`amount`)",
                        "DELETE FROM `analytics`.`dvt_test`.`orders` WHERE `id` IN (SELECT `id` FROM `analytics`.`dvt_test`.`_dvt_staging_orders`)"
                                + " || INSERT INTO `analytics`.`dvt_test`.`orders` (`id`, `amount`) SELECT `id`, `amount` FROM `analytics`.`dvt_test`.`_dvt_staging_orders`"),
                new Golden("spark", "`my\"col``]`", "`dvt_test`.`orders`",
                        "SELECT * FROM (select 1) AS dvt_limit_subq LIMIT 5",
                        "SELECT * FROM s.t TABLESAMPLE (10.0 PERCENT) LIMIT 100",
                        "DECIMAL(12,2) | STRING | TIMESTAMP",
                        "CREATE TABLE `dvt_test`.`orders` AS SELECT 1 AS id",
                        "ALTER TABLE `dvt_test`.`orders` RENAME TO `dvt_test`.`orders__dvt_tmp`",
                        "MERGE INTO `dvt_test`.`orders` AS target USING `dvt_test`.`_dvt_staging_orders` AS stg ON target.`id` = stg.`id` WHEN MATCHED THEN UPDATE SET target.`amount` = stg.`amount` WHEN NOT MATCHED THEN INSERT (`id`, `amount`) VALUES (stg.`id`, stg.`amount`)",
                        null),
                new Golden("oracle", "\"my\"\"col`]\"", "\"dvt_test\".\"orders\"",
                        "SELECT * FROM (select 1) dvt_limit_subq FETCH FIRST 5 ROWS ONLY",
                        "SELECT * FROM s.t SAMPLE (10.0) FETCH FIRST 100 ROWS ONLY",
                        "NUMBER(12,2) | VARCHAR2(40) | TIMESTAMP WITH TIME ZONE",
                        "CREATE TABLE \"dvt_test\".\"orders\" AS SELECT 1 AS id",
                        "ALTER TABLE \"dvt_test\".\"orders\" RENAME TO \"orders__dvt_tmp\"",
                        "MERGE INTO \"dvt_test\".\"orders\" target USING \"dvt_test\".\"_dvt_staging_orders\" stg ON (target.\"id\" = stg.\"id\") WHEN MATCHED THEN UPDATE SET target.\"amount\" = stg.\"amount\" WHEN NOT MATCHED THEN INSERT (\"id\", \"amount\") VALUES (stg.\"id\", stg.\"amount\")",
                        "DELETE FROM \"dvt_test\".\"orders\" WHERE \"id\" IN (SELECT \"id\" FROM \"dvt_test\".\"_dvt_staging_orders\")"
                                + " || INSERT INTO \"dvt_test\".\"orders\" (\"id\", \"amount\") SELECT \"id\", \"amount\" FROM \"dvt_test\".\"_dvt_staging_orders\""),
                new Golden("sqlserver", "[my\"col`]]]", "[analytics].[dvt_test].[orders]",
                        "SELECT TOP 5 * FROM (select 1) AS dvt_limit_subq",
                        "SELECT TOP 100 * FROM s.t TABLESAMPLE (10.0 PERCENT)",
                        "DECIMAL(12,2) | NVARCHAR(40) | DATETIMEOFFSET(6)",
                        "SELECT * INTO [analytics].[dvt_test].[orders] FROM (SELECT 1 AS id) AS dvt_ctas_subq",
                        "EXEC sp_rename N'[dvt_test].[orders]', N'orders__dvt_tmp'",
                        "MERGE INTO [analytics].[dvt_test].[orders] AS target USING [analytics].[dvt_test].[_dvt_staging_orders] AS stg ON target.[id] = stg.[id] WHEN MATCHED THEN UPDATE SET target.[amount] = stg.[amount] WHEN NOT MATCHED THEN INSERT ([id], [amount]) VALUES (stg.[id], stg.[amount]);",
                        "DELETE FROM [analytics].[dvt_test].[orders] WHERE [id] IN (SELECT [id] FROM [analytics].[dvt_test].[_dvt_staging_orders])"
                                + " || INSERT INTO [analytics].[dvt_test].[orders] ([id], [amount]) SELECT [id], [amount] FROM [analytics].[dvt_test].[_dvt_staging_orders]"),
                new Golden("trino", "\"my\"\"col`]\"", "\"analytics\".\"dvt_test\".\"orders\"",
                        "SELECT * FROM (select 1) AS dvt_limit_subq LIMIT 5",
                        "SELECT * FROM s.t TABLESAMPLE BERNOULLI (10.0) LIMIT 100",
                        "DECIMAL(12,2) | VARCHAR(40) | TIMESTAMP(6) WITH TIME ZONE",
                        "CREATE TABLE \"analytics\".\"dvt_test\".\"orders\" AS SELECT 1 AS id",
                        "ALTER TABLE \"analytics\".\"dvt_test\".\"orders\" RENAME TO \"analytics\".\"dvt_test\".\"orders__dvt_tmp\"",
                        "MERGE INTO \"analytics\".\"dvt_test\".\"orders\" AS target USING \"analytics\".\"dvt_test\".\"_dvt_staging_orders\" AS stg ON target.\"id\" = stg.\"id\" WHEN MATCHED THEN UPDATE SET \"amount\" = stg.\"amount\" WHEN NOT MATCHED THEN INSERT (\"id\", \"amount\") VALUES (stg.\"id\", stg.\"amount\")",
                        "DELETE FROM \"analytics\".\"dvt_test\".\"orders\" WHERE \"id\" IN (SELECT \"id\" FROM \"analytics\".\"dvt_test\".\"_dvt_staging_orders\")"
                                + " || INSERT INTO \"analytics\".\"dvt_test\".\"orders\" (\"id\", \"amount\") SELECT \"id\", \"amount\" FROM \"analytics\".\"dvt_test\".\"_dvt_staging_orders\""),
                new Golden("athena", "\"my\"\"col`]\"", "\"analytics\".\"dvt_test\".\"orders\"",
                        "SELECT * FROM (select 1) AS dvt_limit_subq LIMIT 5",
                        "SELECT * FROM s.t ORDER BY RAND() LIMIT 100",
                        "DECIMAL(12,2) | STRING | TIMESTAMP",
                        "CREATE TABLE \"analytics\".\"dvt_test\".\"orders\" AS SELECT 1 AS id",
                        "ALTER TABLE `dvt_test`.`orders` RENAME TO `dvt_test`.`orders__dvt_tmp`",
                        "MERGE INTO \"analytics\".\"dvt_test\".\"orders\" AS target USING \"analytics\".\"dvt_test\".\"_dvt_staging_orders\" AS stg ON target.\"id\" = stg.\"id\" WHEN MATCHED THEN UPDATE SET \"amount\" = stg.\"amount\" WHEN NOT MATCHED THEN INSERT (\"id\", \"amount\") VALUES (stg.\"id\", stg.\"amount\")",
                        null),
                new Golden("clickhouse", "`my\"col\\`]`", "`dvt_test`.`orders`",
                        "SELECT * FROM (select 1) AS dvt_limit_subq LIMIT 5",
                        "SELECT * FROM s.t ORDER BY rand() LIMIT 100",
                        "Nullable(Decimal(12, 2)) | Nullable(String) | Nullable(DateTime64(6, 'UTC'))",
                        "CREATE TABLE `dvt_test`.`orders` ENGINE = MergeTree ORDER BY tuple() AS SELECT 1 AS id",
                        "RENAME TABLE `dvt_test`.`orders` TO `dvt_test`.`orders__dvt_tmp`",
                        null,
                        "DELETE FROM `dvt_test`.`orders` WHERE `id` IN (SELECT `id` FROM `dvt_test`.`_dvt_staging_orders`)"
                                + " || INSERT INTO `dvt_test`.`orders` (`id`, `amount`) SELECT `id`, `amount` FROM `dvt_test`.`_dvt_staging_orders`"),
                new Golden("vertica", "\"my\"\"col`]\"", "\"analytics\".\"dvt_test\".\"orders\"",
                        "SELECT * FROM (select 1) AS dvt_limit_subq LIMIT 5",
                        "SELECT * FROM s.t ORDER BY RANDOM() LIMIT 100",
                        "NUMERIC(12,2) | VARCHAR(40) | TIMESTAMPTZ",
                        "CREATE TABLE \"analytics\".\"dvt_test\".\"orders\" AS SELECT 1 AS id",
                        "ALTER TABLE \"analytics\".\"dvt_test\".\"orders\" RENAME TO \"orders__dvt_tmp\"",
                        "MERGE INTO \"analytics\".\"dvt_test\".\"orders\" AS target USING \"analytics\".\"dvt_test\".\"_dvt_staging_orders\" AS stg ON target.\"id\" = stg.\"id\" WHEN MATCHED THEN UPDATE SET \"amount\" = stg.\"amount\" WHEN NOT MATCHED THEN INSERT (\"id\", \"amount\") VALUES (stg.\"id\", stg.\"amount\")",
                        "DELETE FROM \"analytics\".\"dvt_test\".\"orders\" WHERE \"id\" IN (SELECT \"id\" FROM \"analytics\".\"dvt_test\".\"_dvt_staging_orders\")"
                                + " || INSERT INTO \"analytics\".\"dvt_test\".\"orders\" (\"id\", \"amount\") SELECT \"id\", \"amount\" FROM \"analytics\".\"dvt_test\".\"_dvt_staging_orders\""),
                new Golden("exasol", "\"my\"\"col`]\"", "\"dvt_test\".\"orders\"",
                        "SELECT * FROM (select 1) AS dvt_limit_subq LIMIT 5",
                        "SELECT * FROM s.t ORDER BY RANDOM() LIMIT 100",
                        "DECIMAL(12,2) | VARCHAR(40) | TIMESTAMP WITH LOCAL TIME ZONE",
                        "CREATE TABLE \"dvt_test\".\"orders\" AS SELECT 1 AS id",
                        "RENAME TABLE \"dvt_test\".\"orders\" TO \"orders__dvt_tmp\"",
                        "MERGE INTO \"dvt_test\".\"orders\" AS target USING \"dvt_test\".\"_dvt_staging_orders\" AS stg ON (target.\"id\" = stg.\"id\") WHEN MATCHED THEN UPDATE SET \"amount\" = stg.\"amount\" WHEN NOT MATCHED THEN INSERT (\"id\", \"amount\") VALUES (stg.\"id\", stg.\"amount\")",
                        "DELETE FROM \"dvt_test\".\"orders\" WHERE \"id\" IN (SELECT \"id\" FROM \"dvt_test\".\"_dvt_staging_orders\")"
                                + " || INSERT INTO \"dvt_test\".\"orders\" (\"id\", \"amount\") SELECT \"id\", \"amount\" FROM \"dvt_test\".\"_dvt_staging_orders\""),
                new Golden("db2", "\"my\"\"col`]\"", "\"dvt_test\".\"orders\"",
                        "SELECT * FROM (select 1) AS dvt_limit_subq FETCH FIRST 5 ROWS ONLY",
                        "SELECT * FROM s.t TABLESAMPLE BERNOULLI (10.0) FETCH FIRST 100 ROWS ONLY",
                        "DECIMAL(12,2) | VARCHAR(40) | TIMESTAMP(6)",
                        "CREATE TABLE \"dvt_test\".\"orders\" AS (SELECT 1 AS id) WITH DATA",
                        "RENAME TABLE \"dvt_test\".\"orders\" TO \"orders__dvt_tmp\"",
                        "MERGE INTO \"dvt_test\".\"orders\" AS target USING \"dvt_test\".\"_dvt_staging_orders\" AS stg ON target.\"id\" = stg.\"id\" WHEN MATCHED THEN UPDATE SET \"amount\" = stg.\"amount\" WHEN NOT MATCHED THEN INSERT (\"id\", \"amount\") VALUES (stg.\"id\", stg.\"amount\")",
                        "DELETE FROM \"dvt_test\".\"orders\" WHERE \"id\" IN (SELECT \"id\" FROM \"dvt_test\".\"_dvt_staging_orders\")"
                                + " || INSERT INTO \"dvt_test\".\"orders\" (\"id\", \"amount\") SELECT \"id\", \"amount\" FROM \"dvt_test\".\"_dvt_staging_orders\""),
                new Golden("teradata", "\"my\"\"col`]\"", "\"dvt_test\".\"orders\"",
                        "SELECT TOP 5 * FROM (select 1) AS dvt_limit_subq",
                        "SELECT TOP 100 * FROM s.t ORDER BY RANDOM(0, 2147483647)",
                        "DECIMAL(12,2) | VARCHAR(40) | TIMESTAMP(6) WITH TIME ZONE",
                        "CREATE TABLE \"dvt_test\".\"orders\" AS (SELECT 1 AS id) WITH DATA",
                        "RENAME TABLE \"dvt_test\".\"orders\" TO \"dvt_test\".\"orders__dvt_tmp\"",
                        "MERGE INTO \"dvt_test\".\"orders\" AS target USING \"dvt_test\".\"_dvt_staging_orders\" AS stg ON target.\"id\" = stg.\"id\" WHEN MATCHED THEN UPDATE SET \"amount\" = stg.\"amount\" WHEN NOT MATCHED THEN INSERT (\"id\", \"amount\") VALUES (stg.\"id\", stg.\"amount\")",
                        "DELETE FROM \"dvt_test\".\"orders\" WHERE \"id\" IN (SELECT \"id\" FROM \"dvt_test\".\"_dvt_staging_orders\")"
                                + " || INSERT INTO \"dvt_test\".\"orders\" (\"id\", \"amount\") SELECT \"id\", \"amount\" FROM \"dvt_test\".\"_dvt_staging_orders\""),
                new Golden("hive", "`my\"col``]`", "`dvt_test`.`orders`",
                        "SELECT * FROM (select 1) AS dvt_limit_subq LIMIT 5",
                        "SELECT * FROM s.t TABLESAMPLE (10.0 PERCENT) LIMIT 100",
                        "DECIMAL(12,2) | STRING | TIMESTAMP",
                        "CREATE TABLE `dvt_test`.`orders` AS SELECT 1 AS id",
                        "ALTER TABLE `dvt_test`.`orders` RENAME TO `dvt_test`.`orders__dvt_tmp`",
                        null, null),
                new Golden("impala", "`my\"col``]`", "`dvt_test`.`orders`",
                        "SELECT * FROM (select 1) AS dvt_limit_subq LIMIT 5",
                        "SELECT * FROM s.t TABLESAMPLE SYSTEM (10.0) LIMIT 100",
                        "DECIMAL(12,2) | STRING | TIMESTAMP",
                        "CREATE TABLE `dvt_test`.`orders` AS SELECT 1 AS id",
                        "ALTER TABLE `dvt_test`.`orders` RENAME TO `dvt_test`.`orders__dvt_tmp`",
                        null, null),
                new Golden("firebolt", "\"my\"\"col`]\"", "\"dvt_test\".\"orders\"",
                        "SELECT * FROM (select 1) AS dvt_limit_subq LIMIT 5",
                        "SELECT * FROM s.t ORDER BY RANDOM() LIMIT 100",
                        "NUMERIC(12,2) | TEXT | TIMESTAMPTZ",
                        "CREATE TABLE \"dvt_test\".\"orders\" AS SELECT 1 AS id",
                        "ALTER TABLE \"dvt_test\".\"orders\" RENAME TO \"orders__dvt_tmp\"",
                        null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void quotesIdentifiersAndRendersTheRelationPartsTheDatabaseHas(Golden g) {
        SqlDialect d = DialectRegistry.forType(g.type());
        assertThat(d.quoteIdentifier("my\"col`]")).isEqualTo(g.quoted());
        assertThat(d.render(TARGET)).isEqualTo(g.relation());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void limitsAndSamples(Golden g) {
        SqlDialect d = DialectRegistry.forType(g.type());
        assertThat(d.wrapWithLimit("select 1;", 5)).isEqualTo(g.limited());
        assertThat(d.simpleSelect(SimpleSelect.from("s.t").withSamplePercent(10).withLimit(100))).isEqualTo(g.sampled());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void mapsTypes(Golden g) {
        SqlDialect d = DialectRegistry.forType(g.type());
        String row = d.ddlType(TypeSpec.parse("decimal(12,2)")) + " | " + d.ddlTypeForJdbc(Types.VARCHAR, 40, 0)
                + " | " + d.ddlType(TypeSpec.parse("timestamp_tz"));
        assertThat(row).isEqualTo(g.types());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void writesDdl(Golden g) {
        SqlDialect d = DialectRegistry.forType(g.type());
        assertThat(d.createTableAs(TARGET, "SELECT 1 AS id")).isEqualTo(g.ctas());
        assertThat(d.renameRelation(TARGET, "orders__dvt_tmp")).isEqualTo(g.rename());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void writesIncrementalSqlOrRefusesUnsupportedStrategies(Golden g) {
        SqlDialect d = DialectRegistry.forType(g.type());
        RelationName staging = d.stagingRelation(TARGET);
        List<String> key = List.of("id");
        List<String> columns = List.of("id", "amount");
        if (g.merge() == null) {
            assertThat(d.supports(IncrementalStrategy.MERGE)).isFalse();
            assertThatThrownBy(() -> d.mergeSql(TARGET, staging, key, columns))
                    .isInstanceOf(DvtException.class).hasMessageContaining("does not support incremental_strategy 'merge'");
        } else {
            assertThat(d.mergeSql(TARGET, staging, key, columns)).isEqualTo(g.merge());
        }
        if (g.deleteInsert() == null) {
            assertThat(d.supports(IncrementalStrategy.DELETE_INSERT)).isFalse();
            assertThatThrownBy(() -> d.deleteInsertSql(TARGET, staging, key, columns))
                    .isInstanceOf(DvtException.class).hasMessageContaining("'delete+insert'");
        } else {
            assertThat(String.join(" || ", d.deleteInsertSql(TARGET, staging, key, columns))).isEqualTo(g.deleteInsert());
        }
        assertThat(d.supports(IncrementalStrategy.APPEND)).isTrue();
        assertThat(d.supports(IncrementalStrategy.MICROBATCH)).isFalse();
    }
}
