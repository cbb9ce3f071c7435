package dev.dvt.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectConfigResolverTest {
    @TempDir
    Path dir;

    private ProjectConfig project(String subdir, String yaml) throws Exception {
        Path root = Files.createDirectories(dir.resolve(subdir));
        Files.writeString(root.resolve("dbt_project.yml"), yaml);
        return ProjectConfigReader.read(root, BuiltinValueRenderer.INSTANCE,
                new RenderContext(Map.of(), Map.of()), true);
    }

    private ProjectConfigResolver resolver(String yaml) throws Exception {
        return new ProjectConfigResolver(project("root", yaml));
    }

    @Test
    void deeperFoldersOverrideShallowerOnesAndTagsAppend() throws Exception {
        ProjectConfigResolver r = resolver("""
                name: shop
                models:
                  +tags: all
                  materialized: view
                  shop:
                    +tags: [shop, all]
                    staging:
                      +materialized: table
                      +tags: stg
                      orders:
                        +materialized: incremental
                """);
        assertThat(r.configFor("model", List.of("shop", "staging", "orders")))
                .containsEntry("materialized", "incremental")
                .containsEntry("tags", List.of("all", "shop", "stg"));
        assertThat(r.configFor("model", List.of("shop", "staging", "customers")))
                .containsEntry("materialized", "table");
        assertThat(r.configFor("model", List.of("shop", "marts", "revenue")))
                .isEqualTo(Map.of("tags", List.of("all", "shop"),
                        "materialized", "view"));
    }

    @Test
    void dictConfigsMergeKeyByKeyAndOthersReplace() throws Exception {
        ProjectConfigResolver r = resolver("""
                name: shop
                models:
                  +meta: {owner: data, tier: 2}
                  +docs: {show: true, node_color: red}
                  +persist_docs: {relation: true}
                  +grants: {select: [reporter], insert: [loader]}
                  +unique_key: [a]
                  shop:
                    +meta: {tier: 1}
                    +docs: {show: false}
                    +persist_docs: {columns: true}
                    +grants: {select: [analyst], +insert: [etl]}
                    +unique_key: [b]
                """);
        Map<String, Object> config = r.configFor(ResourceKind.MODEL, List.of("shop", "m"));
        assertThat(config.get("meta")).isEqualTo(Map.of("owner", "data", "tier", 1));
        assertThat(config.get("docs")).isEqualTo(Map.of("show", false, "node_color", "red"));
        assertThat(config.get("persist_docs")).isEqualTo(Map.of("relation", true, "columns", true));
        assertThat(config.get("grants")).isEqualTo(Map.of("select", List.of("analyst"),
                "insert", List.of("loader", "etl")));
        assertThat(config.get("unique_key")).isEqualTo(List.of("b"));
    }

    @Test
    void hooksAppendAndUnderscoreSpellingIsNormalised() throws Exception {
        ProjectConfigResolver r = resolver("""
                name: shop
                models:
                  +pre-hook: "select 1"
                  shop:
                    pre_hook: ["select 2"]
                    +post_hook: "select 3"
                """);
        Map<String, Object> config = r.configFor("model", List.of("shop", "m"));
        assertThat(config).containsEntry("pre-hook", List.of("select 1", "select 2"))
                .containsEntry("post-hook", List.of("select 3"))
                .doesNotContainKeys("pre_hook", "post_hook");
    }

    @Test
    void mapValuesAreFoldersUnlessPlusPrefixedOrKnownDictConfigs() throws Exception {
        ProjectConfigResolver r = resolver("""
                name: shop
                models:
                  shop:
                    meta: {owner: finance}
                    column_types: {id: bigint}
                    finance:
                      schema: fin
                    docs:
                      +materialized: view
                """);
        Map<String, Object> base = r.configFor("model", List.of("shop", "finance", "x"));
        assertThat(base).containsEntry("meta", Map.of("owner", "finance"))
                .containsEntry("column_types", Map.of("id", "bigint"))
                .containsEntry("schema", "fin")
                .doesNotContainKeys("finance", "docs");
        assertThat(r.configFor("model", List.of("shop", "docs", "page")))
                .containsEntry("materialized", "view");
    }

    @Test
    void resourceKindsUseTheirOwnTreesAndTestsReadBothKeys() throws Exception {
        ProjectConfigResolver r = resolver("""
                name: shop
                models: {+materialized: table}
                seeds: {shop: {+quote_columns: true}}
                snapshots: {+strategy: timestamp}
                tests: {shop: {+severity: warn}}
                sources: {shop: {raw: {orders: {+enabled: false}}}}
                analyses: {+enabled: false}
                exposures: {+meta: {x: 1}}
                """);
        assertThat(r.configFor("seed", List.of("shop", "countries")))
                .isEqualTo(Map.of("quote_columns", true));
        assertThat(r.configFor("snapshot", List.of("shop", "s"))).containsKey("strategy");
        assertThat(r.configFor("test", List.of("shop", "not_null_x"))).containsEntry("severity",
                "warn");
        assertThat(r.configFor("source", List.of("shop", "raw", "orders")))
                .containsEntry("enabled", false);
        assertThat(r.configFor("source", List.of("shop", "raw", "customers"))).isEmpty();
        assertThat(r.configFor("analysis", List.of("shop", "a"))).containsEntry("enabled", false);
        assertThat(r.configFor("exposure", List.of("shop", "e"))).containsKey("meta");
        assertThat(r.configFor("metric", List.of("shop", "m"))).isEmpty();
        ProjectConfigResolver dataTests = resolver("""
                name: shop
                data_tests: {+store_failures: true}
                """);
        assertThat(dataTests.configFor("test", List.of("shop", "t")))
                .containsEntry("store_failures", true);
    }

    @Test
    void packageScopedConfigsAndDependencyProjects() throws Exception {
        ProjectConfig root = project("root", """
                name: shop
                models:
                  +tags: root
                  shop: {+materialized: table}
                  dbt_utils:
                    +schema: utils_from_root
                """);
        ProjectConfig utils = project("utils", """
                name: dbt_utils
                models:
                  dbt_utils:
                    +materialized: ephemeral
                    +schema: utils_own
                    +tags: own
                """);
        ProjectConfigResolver r = new ProjectConfigResolver(root, Map.of("dbt_utils", utils));
        assertThat(r.configFor("model", List.of("dbt_utils", "date_spine")))
                .containsEntry("materialized", "ephemeral")
                .containsEntry("schema", "utils_from_root")
                .containsEntry("tags", List.of("own", "root"));
        assertThat(r.configFor("model", List.of("shop", "m")))
                .containsEntry("materialized", "table").doesNotContainKey("schema");
    }

    @Test
    void resultsAreIndependentCopies() throws Exception {
        ProjectConfigResolver r = resolver("name: shop\nmodels: {+tags: [a]}\n");
        Map<String, Object> first = r.configFor("model", List.of("shop", "m"));
        first.put("materialized", "table");
        assertThat(r.configFor("model", List.of("shop", "m"))).doesNotContainKey("materialized")
                .containsEntry("tags", List.of("a"));
    }

    @Test
    void varsAreGlobalOverlaidByPackageScope() {
        ProjectVars vars = new ProjectVars(Map.of("start", "2020", "region", "eu",
                "dbt_utils", Map.of("region", "us")));
        assertThat(vars.forPackage("dbt_utils")).containsEntry("region", "us")
                .containsEntry("start", "2020");
        assertThat(vars.forPackage("shop")).containsEntry("region", "eu");
    }

    @Test
    void manyLookupsAreFast() throws Exception {
        ProjectConfigResolver r = resolver("""
                name: shop
                models:
                  +tags: [a]
                  shop: {staging: {+materialized: view, +meta: {k: v}}}
                """);
        long start = System.nanoTime();
        for (int i = 0; i < 20_000; i++) {
            r.configFor(ResourceKind.MODEL, List.of("shop", "staging", "m" + i));
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }
}
