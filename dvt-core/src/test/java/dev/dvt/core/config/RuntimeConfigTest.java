package dev.dvt.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeConfigTest {
    @TempDir
    Path project;
    @TempDir
    Path home;

    @BeforeEach
    void writeProject() throws Exception {
        Files.writeString(project.resolve("dbt_project.yml"), """
                name: shop
                profile: warehouse
                target-path: build
                """);
        Path dvtHome = Files.createDirectories(home.resolve(".dvt"));
        Files.writeString(dvtHome.resolve("profiles.yml"), """
                warehouse:
                  target: dev
                  outputs:
                    dev: {type: duckdb, path: dev.duckdb, threads: 3, schema: "{{ var('s', 'main') }}"}
                    pg: {type: postgres, host: h, password: "{{ env_var('PGPASS') }}"}
                """);
        Files.writeString(dvtHome.resolve("computes.yml"),
                "warehouse: {computes: {spark: {type: spark}}}\n");
    }

    private CliOverrides cli(Map<String, String> env) {
        return CliOverrides.none(env, home, project);
    }

    @Test
    void recordedDefaults() {
        RuntimeConfig config = RuntimeConfig.load(cli(Map.of()));
        assertThat(config.projectRoot()).isEqualTo(project);
        assertThat(config.project().name()).isEqualTo("shop");
        assertThat(config.profileName()).isEqualTo("warehouse");
        assertThat(config.target().name()).isEqualTo("dev");
        assertThat(config.target().schema()).isEqualTo("main");
        assertThat(config.cliVars()).isEmpty();
        assertThat(config.threads()).isEqualTo(3);
        assertThat(config.targetPath()).isEqualTo(project.resolve("build"));
        assertThat(config.logPath()).isEqualTo(project.resolve("logs"));
        assertThat(config.computes().defaultCompute()).isEqualTo("spark");
        assertThat(config.computes().file()).isEqualTo(home.resolve(".dvt/computes.yml"));
        assertThat(config.buckets().defaultBucketConfig()).isEqualTo(
                new BucketConfig.Filesystem("local", project.resolve(".dvt/staging")));
    }

    @Test
    void fullMappingOfCliOverrides() throws Exception {
        Path profilesDir = Files.createDirectories(project.resolve("conf"));
        Files.writeString(profilesDir.resolve("profiles.yml"), """
                alt:
                  outputs:
                    a: {type: duckdb}
                    b: {type: postgres, schema: "{{ var('s') }}"}
                """);
        Files.writeString(profilesDir.resolve("buckets.yml"), "alt: {buckets: {x: {type: hdfs, path: /p}}}\n");
        CliOverrides cli = cli(Map.of()).withProfilesDir(profilesDir).withProfile("alt")
                .withTarget("b").withVars("{s: from_cli, n: 2}").withThreads(8)
                .withTargetPath(Path.of("t2")).withLogPath(Path.of("/abs/logs"))
                .withProjectDir(project).withVersionCheck(false);
        RuntimeConfig config = RuntimeConfig.load(cli);
        assertThat(config.profileName()).isEqualTo("alt");
        assertThat(config.target().name()).isEqualTo("b");
        assertThat(config.target().schema()).isEqualTo("from_cli");
        assertThat(config.cliVars()).isEqualTo(Map.of("s", "from_cli", "n", 2));
        assertThat(config.threads()).isEqualTo(8);
        assertThat(config.targetPath()).isEqualTo(project.resolve("t2"));
        assertThat(config.logPath()).isEqualTo(Path.of("/abs/logs"));
        assertThat(config.computes().defaultCompute()).isEqualTo("local_duckdb");
        assertThat(config.buckets().defaultBucketConfig()).isEqualTo(
                new BucketConfig.Hdfs("x", "/p"));
        assertThat(config.targets().keySet()).containsExactly("a", "b");
    }

    @Test
    void environmentVariablesSitBetweenCliAndProject() throws Exception {
        Path nested = Files.createDirectories(project.resolve("models/staging"));
        RuntimeConfig config = RuntimeConfig.load(CliOverrides.none(Map.of(
                "DVT_TARGET_PATH", "env_target", "DBT_LOG_PATH", "env_logs", "DBT_TARGET", "pg",
                "PGPASS", "x"), home, nested));
        assertThat(config.projectRoot()).isEqualTo(project);
        assertThat(config.target().name()).isEqualTo("pg");
        assertThat(config.targetPath()).isEqualTo(project.resolve("env_target"));
        assertThat(config.logPath()).isEqualTo(project.resolve("env_logs"));
        assertThat(config.threads()).isEqualTo(1);
        assertThat(config.target().toString()).doesNotContain("password=x");
    }

    @Test
    void projectDirectoryDiscovery() throws Exception {
        Path nested = Files.createDirectories(project.resolve("a/b"));
        assertThat(ProjectDirectory.find(null, Map.of(), nested)).isEqualTo(project);
        assertThat(ProjectDirectory.find(null, Map.of("DVT_PROJECT_DIR", project.toString()),
                home)).isEqualTo(project);
        assertThatThrownBy(() -> ProjectDirectory.find(null, Map.of(), home))
                .hasMessageContaining("No dbt_project.yml found in " + home)
                .hasMessageContaining("dvt init").hasMessageContaining("--project-dir");
        assertThatThrownBy(() -> ProjectDirectory.find(home, Map.of(), project))
                .hasMessageContaining("(from --project-dir)");
        Path deep = project;
        for (int i = 0; i < 11; i++) {
            deep = deep.resolve("d" + i);
        }
        Files.createDirectories(deep);
        Path tooDeep = deep;
        assertThatThrownBy(() -> ProjectDirectory.find(null, Map.of(), tooDeep))
                .isInstanceOf(DvtException.class);
    }

    @Test
    void badVarsAndThreadsAreUsageErrors() {
        assertThatThrownBy(() -> RuntimeConfig.load(cli(Map.of()).withVars("{a: [1")))
                .isInstanceOfSatisfying(DvtException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.USAGE);
                    assertThat(e.getMessage()).contains("--vars").contains("{a: [1");
                });
        assertThatThrownBy(() -> RuntimeConfig.load(cli(Map.of()).withVars("[1, 2]")))
                .hasMessageContaining("must be a mapping");
        assertThat(CliVars.parse("{\"json\": true}")).isEqualTo(Map.of("json", true));
        assertThatThrownBy(() -> RuntimeConfig.load(cli(Map.of()).withThreads(0)))
                .hasMessageContaining("--threads must be 1 or more");
    }

    @Test
    void missingProfileIsExplained() throws Exception {
        Files.writeString(project.resolve("dbt_project.yml"), "name: shop\n");
        assertThatThrownBy(() -> RuntimeConfig.load(cli(Map.of())))
                .isInstanceOfSatisfying(DvtException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PROFILE);
                    assertThat(e.getMessage()).contains("add 'profile:'").contains("--profile");
                });
        assertThat(RuntimeConfig.load(cli(Map.of("DBT_PROFILE", "warehouse"))).profileName())
                .isEqualTo("warehouse");
    }

    @Test
    void versionCheckCanBeDisabledFromTheEnvironment() throws Exception {
        Files.writeString(project.resolve("dbt_project.yml"),
                "name: shop\nprofile: warehouse\nrequire-dbt-version: '>=9.0.0'\n");
        assertThatThrownBy(() -> RuntimeConfig.load(cli(Map.of())))
                .hasMessageContaining("--no-version-check");
        assertThat(RuntimeConfig.load(cli(Map.of("DBT_VERSION_CHECK", "false"))).project()
                .requireDbtVersion()).isEqualTo(List.of(">=9.0.0"));
    }
}
