package dev.dvt.compiler.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.artifacts.manifest.NodeConfig;
import dev.dvt.artifacts.manifest.ResourceType;
import dev.dvt.artifacts.manifest.SeedNode;
import dev.dvt.artifacts.manifest.SingularTestNode;
import dev.dvt.compiler.jinja.RenderContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestAndSeedMaterializationTest {
    @TempDir
    Path dir;

    private TestingRuntime rt;

    @BeforeEach
    void open() {
        rt = new TestingRuntime(dir);
        rt.adapter.execute("create table orders as select * from range(10) t(id)", false);
    }

    @AfterEach
    void close() {
        rt.close();
    }

    private static SingularTestNode test(String sql, Map<String, Object> config) {
        SingularTestNode node = new SingularTestNode();
        node.setName("assert_small");
        node.setUniqueId("test.my_project.assert_small");
        node.setPackageName(TestingRuntime.PROJECT);
        node.setDatabase("dev");
        node.setSchema("main_dbt_test__audit");
        node.setAlias("assert_small");
        NodeConfig cfg = NodeConfig.defaultsFor(ResourceType.TEST);
        cfg.merge(config);
        node.setConfig(cfg);
        node.setCompiledCode(sql);
        return node;
    }

    private MaterializationResult runTest(String sql, Map<String, Object> config) {
        return rt.executor.execute(test(sql, config), RenderContext.forPackage(TestingRuntime.PROJECT),
                ExecutionFlags.NONE);
    }

    @Test
    void passWarnAndFailFollowThresholds() {
        assertThat(runTest("select * from orders where id > 100", Map.of()).status()).isEqualTo("pass");
        MaterializationResult fail = runTest("select * from orders where id > 6", Map.of());
        assertThat(fail.status()).isEqualTo("fail");
        assertThat(fail.failures()).isEqualTo(3);
        assertThat(fail.message()).isEqualTo("Got 3 results, configured to fail if != 0");
        MaterializationResult warn = runTest("select * from orders where id > 6",
                Map.of("severity", "warn", "warn_if", ">= 3", "error_if", "> 5"));
        assertThat(warn.status()).isEqualTo("warn");
        assertThat(runTest("select * from orders where id > 6", Map.of("error_if", "> 5", "warn_if", "> 5"))
                .status()).isEqualTo("pass");
    }

    @Test
    void failCalcAndLimit() {
        MaterializationResult sum = runTest("select id from orders where id < 3", Map.of("fail_calc", "sum(id)"));
        assertThat(sum.failures()).isEqualTo(3);
        MaterializationResult limited = runTest("select * from orders", Map.of("limit", 4));
        assertThat(limited.failures()).isEqualTo(4);
    }

    @Test
    void storeFailuresKeepsTheRowsInTheAuditSchema() {
        rt.adapter.createSchema("dev", "main_dbt_test__audit");
        MaterializationResult r = runTest("select * from orders where id >= 8", Map.of("store_failures", true));
        assertThat(r.failures()).isEqualTo(2);
        assertThat(r.relations()).hasSize(1);
        assertThat(rt.rows("select id from main_dbt_test__audit.assert_small order by id"))
                .containsExactly(List.of(8L), List.of(9L));
        runTest("select * from orders where id >= 9", Map.of("store_failures", true));
        assertThat(rt.scalar("select count(*) from main_dbt_test__audit.assert_small")).isEqualTo(1L);
    }

    @Test
    void whereSubqueryFiltersTheModel() {
        String rendered = rt.engine.render("{{ get_where_subquery(this) }}", "tests/t.sql",
                rt.executor.prepare(test("select 1", Map.of("where", "id > 5")),
                        RenderContext.forPackage(TestingRuntime.PROJECT), ExecutionFlags.NONE));
        assertThat(rendered).isEqualTo("(select * from \"dev\".\"main_dbt_test__audit\".\"assert_small\" where id > 5)"
                + " dbt_subquery");
    }

    private SeedNode seed() {
        SeedNode node = new SeedNode();
        node.setName("countries");
        node.setUniqueId("seed.my_project.countries");
        node.setPackageName(TestingRuntime.PROJECT);
        node.setDatabase("dev");
        node.setSchema("main");
        node.setAlias("countries");
        return node;
    }

    private MaterializationResult runSeed(Path csv, Map<String, String> types, ExecutionFlags flags) {
        RenderContext ctx = new SeedInput(csv, types, ',', flags.empty()).applyTo(RenderContext.forPackage(TestingRuntime.PROJECT));
        return rt.executor.execute(seed(), ctx, flags);
    }

    @Test
    void seedCreatesLoadsAndReloads() throws Exception {
        Path csv = dir.resolve("countries.csv");
        Files.writeString(csv, "code,name,population\nFR,France,68\nDE,\"Germany, Federal Republic\",84\n");
        Map<String, String> types = new LinkedHashMap<>();
        types.put("code", "VARCHAR");
        types.put("name", "VARCHAR");
        types.put("population", "INTEGER");
        MaterializationResult r = runSeed(csv, types, ExecutionFlags.NONE);
        assertThat(r.response().rowsAffected()).isEqualTo(2);
        assertThat(r.message()).isEqualTo("INSERT 2");
        Files.writeString(csv, "code,name,population\nIT,Italy,59\n");
        runSeed(csv, types, ExecutionFlags.NONE);
        assertThat(rt.rows("select code, population from countries")).containsExactly(List.of("IT", 59));
        types.put("population", "BIGINT");
        runSeed(csv, types, ExecutionFlags.withFullRefresh());
        assertThat(rt.scalar("select data_type from information_schema.columns where column_name = 'population'"))
                .isEqualTo("BIGINT");
    }

    @Test
    void anEmptySeedRunCreatesTheTableWithoutItsRows() throws Exception {
        Path csv = dir.resolve("countries.csv");
        Files.writeString(csv, "code,population\nFR,68\nDE,84\n");
        Map<String, String> types = new LinkedHashMap<>();
        types.put("code", "VARCHAR");
        types.put("population", "INTEGER");
        runSeed(csv, types, ExecutionFlags.NONE);

        MaterializationResult r = runSeed(csv, types, new ExecutionFlags(false, null, true));
        assertThat(r.message()).isEqualTo("INSERT 0");
        assertThat(rt.scalar("select count(*) from countries")).isEqualTo(0L);
        assertThat(rt.scalar("select data_type from information_schema.columns where column_name = 'population'"))
                .isEqualTo("INTEGER");
    }
}
