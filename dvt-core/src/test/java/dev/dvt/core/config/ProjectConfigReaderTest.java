package dev.dvt.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectConfigReaderTest {
    @TempDir
    Path dir;

    private ProjectConfig read(String yaml) throws Exception {
        return read(yaml, Map.of(), true);
    }

    private ProjectConfig read(String yaml, Map<String, String> env, boolean versionCheck)
            throws Exception {
        Files.writeString(dir.resolve("dbt_project.yml"), yaml);
        return ProjectConfigReader.read(dir, BuiltinValueRenderer.INSTANCE,
                new RenderContext(env, Map.of("cli_var", "from_cli")), versionCheck);
    }

    private DvtException failure(String yaml) {
        try {
            read(yaml);
        } catch (DvtException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected failure");
    }

    @Test
    void recordedDefaults() throws Exception {
        ProjectConfig p = read("name: shop\n");
        assertThat(p.name()).isEqualTo("shop");
        assertThat(p.projectRoot()).isEqualTo(dir);
        assertThat(p.file()).isEqualTo(dir.resolve("dbt_project.yml"));
        assertThat(p.version()).isNull();
        assertThat(p.configVersion()).isEqualTo(2);
        assertThat(p.profile()).isNull();
        assertThat(p.modelPaths()).containsExactly("models");
        assertThat(p.seedPaths()).containsExactly("seeds");
        assertThat(p.snapshotPaths()).containsExactly("snapshots");
        assertThat(p.analysisPaths()).containsExactly("analyses");
        assertThat(p.macroPaths()).containsExactly("macros");
        assertThat(p.testPaths()).containsExactly("tests");
        assertThat(p.docsPaths()).containsExactly("models", "seeds", "snapshots", "analyses",
                "macros", "tests");
        assertThat(p.assetPaths()).isEmpty();
        assertThat(p.targetPath()).isEqualTo("target");
        assertThat(p.logPath()).isEqualTo("logs");
        assertThat(p.packagesInstallPath()).isEqualTo("dbt_packages");
        assertThat(p.cleanTargets()).containsExactly("target");
        assertThat(p.vars().raw()).isEmpty();
        assertThat(p.onRunStart()).isEmpty();
        assertThat(p.onRunEnd()).isEmpty();
        assertThat(p.dispatch()).isEmpty();
        assertThat(p.quoting()).isEqualTo(QuotingConfig.UNSET);
        assertThat(p.requireDbtVersion()).isEmpty();
        assertThat(p.requireAdapters()).isEmpty();
        assertThat(p.flags()).isEmpty();
        assertThat(p.queryComment()).isNull();
        assertThat(p.resourceConfigs()).isEmpty();
    }

    @Test
    void fullMapping() throws Exception {
        ProjectConfig p = read("""
                name: shop
                version: 1.0
                config-version: 2
                profile: warehouse
                model-paths: [m]
                seed-paths: [s]
                snapshot-paths: [sn]
                analysis-paths: [a]
                macro-paths: [mac]
                test-paths: [t]
                docs-paths: [d]
                asset-paths: [assets]
                target-path: out
                log-path: lg
                packages-install-path: pk
                clean-targets: [out, pk]
                vars: {g: 1, shop: {p: 2}}
                on-run-start: "select 1"
                on-run-end: ["select 2", "select 3"]
                dispatch:
                  - macro_namespace: dbt_utils
                    search_order: [shop, dbt_utils]
                quoting: {database: true, schema: false, identifier: true}
                require-dbt-version: [">=1.8.0", "<2.0.0"]
                require-adapters: {postgres: ">=1.9.0", duckdb: 1.9.1}
                flags: {send_anonymous_usage_stats: false}
                query-comment: {comment: dvt, append: true}
                models: {shop: {+materialized: table}}
                seeds: {+schema: raw}
                snapshots: {+target_schema: snaps}
                tests: {+severity: warn}
                sources: {shop: {+enabled: true}}
                analyses: {+enabled: false}
                exposures: {+enabled: true}
                semantic-models: {+enabled: true}
                """);
        assertThat(p.version()).isEqualTo("1.0");
        assertThat(p.profile()).isEqualTo("warehouse");
        assertThat(p.modelPaths()).containsExactly("m");
        assertThat(p.seedPaths()).containsExactly("s");
        assertThat(p.snapshotPaths()).containsExactly("sn");
        assertThat(p.analysisPaths()).containsExactly("a");
        assertThat(p.macroPaths()).containsExactly("mac");
        assertThat(p.testPaths()).containsExactly("t");
        assertThat(p.docsPaths()).containsExactly("d");
        assertThat(p.assetPaths()).containsExactly("assets");
        assertThat(p.targetPath()).isEqualTo("out");
        assertThat(p.logPath()).isEqualTo("lg");
        assertThat(p.packagesInstallPath()).isEqualTo("pk");
        assertThat(p.cleanTargets()).containsExactly("out", "pk");
        assertThat(p.vars().forPackage("shop")).containsEntry("g", 1).containsEntry("p", 2);
        assertThat(p.onRunStart()).containsExactly("select 1");
        assertThat(p.onRunEnd()).containsExactly("select 2", "select 3");
        assertThat(p.dispatch()).containsExactly(
                new DispatchConfig("dbt_utils", List.of("shop", "dbt_utils")));
        assertThat(p.quoting()).isEqualTo(new QuotingConfig(true, false, true));
        assertThat(p.requireDbtVersion()).containsExactly(">=1.8.0", "<2.0.0");
        assertThat(p.requireAdapters()).containsEntry("postgres", ">=1.9.0")
                .containsEntry("duckdb", "1.9.1");
        assertThat(p.flags()).containsEntry("send_anonymous_usage_stats", false);
        assertThat(p.queryComment()).isEqualTo(Map.of("comment", "dvt", "append", true));
        assertThat(p.resourceConfig(ResourceKind.MODEL))
                .isEqualTo(Map.of("shop", Map.of("+materialized", "table")));
        assertThat(p.resourceConfig(ResourceKind.SEED)).containsEntry("+schema", "raw");
        assertThat(p.resourceConfig(ResourceKind.SNAPSHOT)).containsKey("+target_schema");
        assertThat(p.resourceConfig(ResourceKind.TEST)).containsEntry("+severity", "warn");
        assertThat(p.resourceConfig(ResourceKind.SOURCE)).containsKey("shop");
        assertThat(p.resourceConfig(ResourceKind.ANALYSIS)).containsKey("+enabled");
        assertThat(p.resourceConfig(ResourceKind.EXPOSURE)).containsKey("+enabled");
        assertThat(p.resourceConfig(ResourceKind.SEMANTIC_MODEL)).containsKey("+enabled");
        assertThat(p.resolve("m")).isEqualTo(dir.resolve("m"));
    }

    @Test
    void rendersValuesButLeavesHooksAndVarsRaw() throws Exception {
        ProjectConfig p = read("""
                name: shop
                profile: "{{ env_var('PROFILE_NAME') }}"
                target-path: "{{ var('cli_var') }}"
                vars: {when: "{{ env_var('NOT_SET') }}"}
                on-run-start: ["{{ log('start') }}"]
                query-comment: "{{ invocation_id }}"
                models:
                  shop:
                    +schema: "{{ env_var('SCHEMA', 'analytics') }}"
                    +pre-hook: "{{ run_started_at }}"
                    staging:
                      post_hook: ["grant {{ this }}"]
                """, Map.of("PROFILE_NAME", "prod_profile"), true);
        assertThat(p.profile()).isEqualTo("prod_profile");
        assertThat(p.targetPath()).isEqualTo("from_cli");
        assertThat(p.vars().raw()).containsEntry("when", "{{ env_var('NOT_SET') }}");
        assertThat(p.onRunStart()).containsExactly("{{ log('start') }}");
        assertThat(p.queryComment()).isEqualTo("{{ invocation_id }}");
        @SuppressWarnings("unchecked")
        Map<String, Object> shop = (Map<String, Object>) p.resourceConfig(ResourceKind.MODEL)
                .get("shop");
        assertThat(shop).containsEntry("+schema", "analytics")
                .containsEntry("+pre-hook", "{{ run_started_at }}");
        assertThat(shop.get("staging")).isEqualTo(Map.of("post_hook", List.of("grant {{ this }}")));
    }

    @Test
    void missingEnvVarInProjectNamesFileAndLine() {
        DvtException e = failure("name: shop\n\nprofile: \"{{ env_var('NOPE') }}\"\n");
        assertThat(e.getMessage()).contains("'NOPE'");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.file()).contains(dir.resolve("dbt_project.yml"));
    }

    @Test
    void missingProjectFileSaysWhereAndWhatToDo() {
        assertThatThrownBy(() -> ProjectConfigReader.read(dir, BuiltinValueRenderer.INSTANCE,
                new RenderContext(Map.of(), Map.of()), true))
                .hasMessageContaining("No dbt_project.yml found in " + dir)
                .hasMessageContaining("dvt init").hasMessageContaining("--project-dir");
    }

    @Test
    void validationErrorsNameTheLine() {
        DvtException name = failure("version: 1\nname: 9lives\n");
        assertThat(name.getMessage()).contains("valid identifier");
        assertThat(name.line()).isEqualTo(2);
        assertThat(failure("version: 1\n").getMessage()).isEqualTo("'name' is required");
        assertThat(failure("name: a\nconfig-version: 1\n").line()).isEqualTo(2);
        DvtException both = failure("name: a\ntests: {}\ndata_tests: {}\n");
        assertThat(both.getMessage()).contains("either 'tests' or 'data_tests'");
        assertThat(failure("name: a\nsource-paths: [x]\n").getMessage())
                .contains("rename it to 'model-paths'");
        assertThat(failure("name: a\ndispatch: [{macro_namespace: x}]\n").getMessage())
                .isEqualTo("'dispatch.0.search_order' is required");
        assertThat(failure("name: a\nmodel-paths: {x: 1}\n").getMessage())
                .contains("must be a string or a list of strings");
    }

    @Test
    void dataTestsKeyFeedsTheTestTree() throws Exception {
        ProjectConfig p = read("name: a\ndata_tests: {+store_failures: true}\n");
        assertThat(p.resourceConfig(ResourceKind.TEST)).containsEntry("+store_failures", true);
    }

    @Test
    void requireDbtVersionIsCheckedUnlessDisabled() throws Exception {
        assertThat(read("name: a\nrequire-dbt-version: '>=1.9.0'\n").requireDbtVersion())
                .containsExactly(">=1.9.0");
        assertThat(read("name: a\nrequire-dbt-version: ['>=1.0.0', '<2.0.0']\n")).isNotNull();
        assertThat(read("name: a\nrequire-dbt-version: '>=1.5.0,<1.10.0'\n")).isNotNull();
        DvtException e = failure("name: a\n\nrequire-dbt-version: '>=2.0.0'\n");
        assertThat(e.getMessage()).contains("requires dbt >=2.0.0")
                .contains("1.9.0").contains("--no-version-check");
        assertThat(e.line()).isEqualTo(3);
        assertThat(failure("name: a\nrequire-dbt-version: '<1.9'\n")).isNotNull();
        assertThat(read("name: a\nrequire-dbt-version: '>=2.0.0'\n", Map.of(), false).name())
                .isEqualTo("a");
        assertThat(failure("name: a\nrequire-dbt-version: 'banana'\n").getMessage())
                .contains("invalid version spec 'banana'");
    }
}
