package dev.dvt.core.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.core.dialect.IncrementalDispatch.LoadPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden cases G92–G104 and G105–G110 of the DVT behaviour reference. */
class IncrementalGoldenCasesTest {
    private static final RelationName ORDERS = RelationName.of("public", "orders");

    private static SqlDialect dialect(String type) {
        return DialectRegistry.forType(type);
    }

    @Test
    void g92StagingTableSitsNextToTheTarget() {
        SqlDialect pg = dialect("postgres");
        assertThat(pg.stagingRelation(RelationName.parse("dvt_test.my_model")).toString())
                .isEqualTo("dvt_test._dvt_staging_my_model");
        assertThat(pg.stagingRelation(RelationName.parse("my_model")).toString()).isEqualTo("_dvt_staging_my_model");
        // Deliberate difference from the original: the catalog is kept so the staging table is
        // created in the target's catalog, not the session's.
        assertThat(pg.stagingRelation(RelationName.parse("db.dvt_test.my_model")).toString())
                .isEqualTo("db.dvt_test._dvt_staging_my_model");
    }

    @Test
    void g93PostgresMergeIsInsertOnConflict() {
        SqlDialect pg = dialect("postgres");
        assertThat(pg.mergeSql(ORDERS, pg.stagingRelation(ORDERS), List.of("id"), List.of("id", "c")))
                .isEqualTo("INSERT INTO \"public\".\"orders\" (\"id\", \"c\") SELECT \"id\", \"c\" FROM"
                        + " \"public\".\"_dvt_staging_orders\" ON CONFLICT (\"id\") DO UPDATE SET \"c\" = EXCLUDED.\"c\"");
    }

    @Test
    void g94PostgresMergeWhenEveryColumnIsAKeyUpdatesTheFirstKey() {
        SqlDialect pg = dialect("postgres");
        assertThat(pg.mergeSql(ORDERS, pg.stagingRelation(ORDERS), List.of("id", "code"), List.of("id", "code")))
                .endsWith("ON CONFLICT (\"id\", \"code\") DO UPDATE SET \"id\" = EXCLUDED.\"id\"");
    }

    @Test
    void g95MysqlMergeIsOnDuplicateKeyUpdate() {
        SqlDialect my = dialect("mariadb");
        assertThat(my.mergeSql(ORDERS, my.stagingRelation(ORDERS), List.of("id"), List.of("id", "c", "d")))
                .endsWith(" ON DUPLICATE KEY UPDATE `c` = VALUES(`c`), `d` = VALUES(`d`)");
        assertThat(my.mergeSql(ORDERS, my.stagingRelation(ORDERS), List.of("id"), List.of("id")))
                .endsWith(" ON DUPLICATE KEY UPDATE `id` = VALUES(`id`)");
    }

    @Test
    void g96RedshiftMergeIsDeleteUsingThenInsertInOneScript() {
        SqlDialect rs = dialect("redshift");
        assertThat(rs.mergeSql(ORDERS, rs.stagingRelation(ORDERS), List.of("id"), List.of("id", "c")))
                .isEqualTo("DELETE FROM \"public\".\"orders\" USING \"public\".\"_dvt_staging_orders\" WHERE"
                        + " \"public\".\"orders\".\"id\" = \"public\".\"_dvt_staging_orders\".\"id\";\n"
                        + "INSERT INTO \"public\".\"orders\" (\"id\", \"c\") SELECT \"id\", \"c\" FROM \"public\".\"_dvt_staging_orders\"");
    }

    @Test
    void g97G98DatabricksMergeJoinsKeysWithAndAndSetsNonKeys() {
        SqlDialect dbx = dialect("databricks");
        RelationName t = RelationName.of("dvt_test", "sales");
        assertThat(dbx.mergeSql(t, dbx.stagingRelation(t), List.of("customer_code", "sku_code"),
                List.of("customer_code", "sku_code", "qty")))
                .isEqualTo("MERGE INTO `dvt_test`.`sales` AS target USING `dvt_test`.`_dvt_staging_sales` AS stg"
                        + " ON target.`customer_code` = stg.`customer_code` AND target.`sku_code` = stg.`sku_code`"
                        + " WHEN MATCHED THEN UPDATE SET target.`qty` = stg.`qty`"
                        + " WHEN NOT MATCHED THEN INSERT (`customer_code`, `sku_code`, `qty`)"
                        + " VALUES (stg.`customer_code`, stg.`sku_code`, stg.`qty`)");
    }

    @Test
    void g99SnowflakeBigQueryAndSqlServerUseMergeInto() {
        for (String type : List.of("snowflake", "bigquery", "sqlserver", "synapse", "fabric")) {
            SqlDialect d = dialect(type);
            assertThat(d.mergeSql(ORDERS, d.stagingRelation(ORDERS), List.of("id"), List.of("id", "c")))
                    .as(type).startsWith("MERGE INTO ");
        }
    }

    @Test
    void mergeOfAKeyOnlyTableUpdatesTheFirstKeyExceptOnOracle() {
        SqlDialect sf = dialect("snowflake");
        assertThat(sf.mergeSql(ORDERS, sf.stagingRelation(ORDERS), List.of("id"), List.of("id")))
                .contains("WHEN MATCHED THEN UPDATE SET target.\"id\" = stg.\"id\"");
        SqlDialect ora = dialect("oracle");
        assertThat(ora.mergeSql(ORDERS, ora.stagingRelation(ORDERS), List.of("id"), List.of("id")))
                .isEqualTo("MERGE INTO \"public\".\"orders\" target USING \"public\".\"_dvt_staging_orders\" stg"
                        + " ON (target.\"id\" = stg.\"id\") WHEN NOT MATCHED THEN INSERT (\"id\") VALUES (stg.\"id\")");
    }

    @Test
    void g100PostgresDeleteInsertUsesDeleteUsing() {
        SqlDialect pg = dialect("postgres");
        assertThat(pg.deleteInsertSql(ORDERS, pg.stagingRelation(ORDERS), List.of("id"), List.of("id", "a", "b")))
                .containsExactly(
                        "DELETE FROM \"public\".\"orders\" USING \"public\".\"_dvt_staging_orders\" WHERE"
                                + " \"public\".\"orders\".\"id\" = \"public\".\"_dvt_staging_orders\".\"id\"",
                        "INSERT INTO \"public\".\"orders\" (\"id\", \"a\", \"b\") SELECT \"id\", \"a\", \"b\" FROM"
                                + " \"public\".\"_dvt_staging_orders\"");
    }

    @Test
    void g101DatabricksDeleteInsertWithOneKeyUsesIn() {
        SqlDialect dbx = dialect("databricks");
        assertThat(dbx.deleteInsertSql(ORDERS, dbx.stagingRelation(ORDERS), List.of("id"), List.of("id", "a")).get(0))
                .isEqualTo("DELETE FROM `public`.`orders` WHERE `id` IN (SELECT `id` FROM `public`.`_dvt_staging_orders`)");
    }

    @Test
    void g102DeleteInsertWithSeveralKeysUsesExists() {
        SqlDialect sf = dialect("snowflake");
        assertThat(sf.deleteInsertSql(ORDERS, sf.stagingRelation(ORDERS), List.of("a", "b", "c"),
                List.of("a", "b", "c", "v")).get(0))
                .isEqualTo("DELETE FROM \"public\".\"orders\" WHERE EXISTS (SELECT 1 FROM \"public\".\"_dvt_staging_orders\""
                        + " AS stg WHERE \"public\".\"orders\".\"a\" = stg.\"a\" AND \"public\".\"orders\".\"b\" = stg.\"b\""
                        + " AND \"public\".\"orders\".\"c\" = stg.\"c\")");
    }

    @Test
    void clickhouseDeletesWithATupleInInsteadOfExists() {
        SqlDialect ch = dialect("clickhouse");
        assertThat(ch.deleteInsertSql(ORDERS, ch.stagingRelation(ORDERS), List.of("a", "b"), List.of("a", "b")).get(0))
                .isEqualTo("DELETE FROM `public`.`orders` WHERE (`a`, `b`) IN (SELECT `a`, `b` FROM `public`.`_dvt_staging_orders`)");
    }

    @Test
    void g103DispatchNeedsStrategyKeyAndAdapter() {
        assertThat(IncrementalDispatch.choose("merge", List.of("id"), true)).isEqualTo(LoadPath.MERGE);
        assertThat(IncrementalDispatch.choose("delete+insert", List.of("id"), true)).isEqualTo(LoadPath.DELETE_INSERT);
        assertThat(IncrementalDispatch.choose("append", List.of("id"), true)).isEqualTo(LoadPath.APPEND);
        assertThat(IncrementalDispatch.choose(null, List.of("id"), true)).isEqualTo(LoadPath.APPEND);
        assertThat(IncrementalDispatch.choose("merge", List.of(), true)).isEqualTo(LoadPath.APPEND);
        assertThat(IncrementalDispatch.choose("merge", List.of("id"), false)).isEqualTo(LoadPath.APPEND);
        assertThat(IncrementalDispatch.choose("delete+insert", null, true)).isEqualTo(LoadPath.APPEND);
    }

    @Test
    void g104UniqueKeyStringBecomesAListAndIsIgnoredOnFullRefresh() {
        assertThat(IncrementalDispatch.uniqueKey("id", true, false)).containsExactly("id");
        assertThat(IncrementalDispatch.uniqueKey(List.of("a", "b"), true, false)).containsExactly("a", "b");
        assertThat(IncrementalDispatch.uniqueKey("id", true, true)).isEmpty();
        assertThat(IncrementalDispatch.uniqueKey("id", false, false)).isEmpty();
    }

    @Test
    void g105ToG110TargetRelationsKeepTheCatalogOnlyWhereTheDatabaseHasOne() {
        assertThat(dialect("postgres").render(RelationName.of("public", "my_model"))).isEqualTo("\"public\".\"my_model\"");
        assertThat(dialect("databricks").render(new RelationName("demo", "dvt_test", "pushdown_pg_only")))
                .isEqualTo("`demo`.`dvt_test`.`pushdown_pg_only`");
        assertThat(dialect("databricks").render(new RelationName(null, "dvt_test", "test_model")))
                .isEqualTo("`dvt_test`.`test_model`");
        assertThat(dialect("mysql").render(new RelationName("ignored", "shop", "t"))).isEqualTo("`shop`.`t`");
    }

    @Test
    void postgresCreatesTheUniqueIndexThatOnConflictNeeds() {
        var pg = (dev.dvt.core.adapter.postgres.PostgresDialect) dialect("postgres");
        assertThat(pg.createUniqueIndex(ORDERS, List.of("id", "code")))
                .isEqualTo("CREATE UNIQUE INDEX IF NOT EXISTS \"_dvt_uq_orders_id_code\" ON \"public\".\"orders\" (\"id\", \"code\")");
    }
}
