package dev.dvt.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilesConfigTest {
    private static final String PROFILES = """
            config: {send_anonymous_usage_stats: false}
            warehouse:
              target: dev
              outputs:
                dev:
                  type: postgres
                  host: localhost
                  port: "{{ env_var('PG_PORT', '5432') | int }}"
                  user: "{{ env_var('PG_USER') }}"
                  password: hunter2
                  dbname: analytics
                  schema: dbt_dev
                  threads: 4
                prod:
                  type: postgres
                  password: "{{ env_var('PROD_PASSWORD') }}"
            other:
              outputs:
                only: {type: duckdb, path: x.duckdb}
            """;

    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("profiles.yml");
        Files.writeString(file, yaml);
        return file;
    }

    private ProfilesConfig load(String profile, String target) throws Exception {
        return ProfilesConfig.load(write(PROFILES), profile, target, BuiltinValueRenderer.INSTANCE,
                new RenderContext(Map.of("PG_USER", "alice"), Map.of()));
    }

    @Test
    void selectsTheProfileTargetAndMapsEveryKey() throws Exception {
        ProfilesConfig profiles = load("warehouse", null);
        assertThat(profiles.profileName()).isEqualTo("warehouse");
        assertThat(profiles.targetName()).isEqualTo("dev");
        assertThat(profiles.directory()).isEqualTo(dir);
        assertThat(profiles.targetNames()).containsExactly("dev", "prod");
        TargetConfig dev = profiles.activeTarget();
        assertThat(dev.name()).isEqualTo("dev");
        assertThat(dev.type()).isEqualTo("postgres");
        assertThat(dev.threads()).isEqualTo(4);
        assertThat(dev.schema()).isEqualTo("dbt_dev");
        assertThat(dev.database()).isEqualTo("analytics");
        assertThat(dev.options()).containsExactly(Map.entry("host", "localhost"),
                Map.entry("port", 5432), Map.entry("user", "alice"),
                Map.entry("password", "hunter2"), Map.entry("dbname", "analytics"));
        assertThat(dev.get("port")).isEqualTo(5432);
        assertThat(dev.asMap()).containsEntry("password", "hunter2").containsEntry("threads", 4);
    }

    @Test
    void secretsAreMaskedInToString() throws Exception {
        String text = load("warehouse", null).activeTarget().toString();
        assertThat(text).doesNotContain("hunter2").contains("password=*****").contains("alice");
    }

    @Test
    void defaultsAndOnlyOutputSelection() throws Exception {
        ProfilesConfig other = load("other", null);
        assertThat(other.targetName()).isEqualTo("only");
        TargetConfig only = other.activeTarget();
        assertThat(only.threads()).isEqualTo(1);
        // dbt-duckdb's defaults: schema main, catalog named after the file's stem
        assertThat(only.schema()).isEqualTo("main");
        assertThat(only.database()).isEqualTo("x");
    }

    @Test
    void duckDbCatalogFollowsThePath() {
        assertThat(ProfilesConfig.duckDbCatalog(null)).isEqualTo("memory");
        assertThat(ProfilesConfig.duckDbCatalog(":memory:")).isEqualTo("memory");
        assertThat(ProfilesConfig.duckDbCatalog("target/jaffle_shop.duckdb")).isEqualTo("jaffle_shop");
        assertThat(ProfilesConfig.duckDbCatalog("/data/dev.v2.db")).isEqualTo("dev");
    }

    @Test
    void otherOutputsRenderOnlyWhenUsed() throws Exception {
        ProfilesConfig profiles = load("warehouse", null);
        assertThatThrownBy(() -> profiles.target("prod"))
                .isInstanceOfSatisfying(DvtException.class, e -> {
                    assertThat(e.getMessage()).contains("'PROD_PASSWORD'");
                    assertThat(e.line()).isEqualTo(16);
                });
        assertThatThrownBy(profiles::targets).hasMessageContaining("PROD_PASSWORD");
    }

    @Test
    void cliTargetWins() throws Exception {
        ProfilesConfig profiles = ProfilesConfig.load(write(PROFILES), "warehouse", "prod",
                BuiltinValueRenderer.INSTANCE, new RenderContext(Map.of("PROD_PASSWORD", "p"),
                        Map.of()));
        assertThat(profiles.activeTarget().get("password")).isEqualTo("p");
    }

    @Test
    void unknownProfileAndTargetListTheKnownOnes() throws Exception {
        assertThatThrownBy(() -> load("nope", null))
                .isInstanceOfSatisfying(DvtException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PROFILE);
                    assertThat(e.getMessage()).contains("Profile 'nope'")
                            .contains("[other, warehouse]").doesNotContain("config");
                });
        assertThatThrownBy(() -> load("warehouse", "qa"))
                .hasMessageContaining("Target 'qa' is not an output of profile 'warehouse'")
                .hasMessageContaining("[dev, prod]");
    }

    @Test
    void shapeErrorsNameTheLine() throws Exception {
        Path file = write("p:\n  outputs:\n    a: {type: duckdb}\n    b:\n      host: h\n");
        RenderContext ctx = new RenderContext(Map.of(), Map.of());
        assertThatThrownBy(() -> ProfilesConfig.load(file, "p", null,
                BuiltinValueRenderer.INSTANCE, ctx))
                .hasMessageContaining("no 'target:' and several outputs [a, b]");
        assertThatThrownBy(() -> ProfilesConfig.load(file, "p", "b",
                BuiltinValueRenderer.INSTANCE, ctx))
                .isInstanceOfSatisfying(DvtException.class, e -> {
                    assertThat(e.getMessage()).contains("Output 'b' of profile 'p' has no 'type:'");
                    assertThat(e.line()).isEqualTo(5);
                });
        Path badThreads = write("p:\n  target: a\n  outputs:\n    a: {type: duckdb, threads: x}\n");
        assertThatThrownBy(() -> ProfilesConfig.load(badThreads, "p", null,
                BuiltinValueRenderer.INSTANCE, ctx))
                .hasMessage("'p.outputs.a.threads' must be an integer, got text 'x'");
        Path noOutputs = write("p:\n  target: a\n");
        assertThatThrownBy(() -> ProfilesConfig.load(noOutputs, "p", null,
                BuiltinValueRenderer.INSTANCE, ctx)).hasMessageContaining("has no 'outputs:'");
    }

    @Test
    void locateFollowsTheSearchOrder(@TempDir Path home) throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path explicit = Files.createDirectories(dir.resolve("explicit"));
        Path fromEnv = Files.createDirectories(dir.resolve("env"));
        Path dvtHome = Files.createDirectories(home.resolve(".dvt"));
        for (Path d : new Path[] {project, explicit, fromEnv, dvtHome}) {
            Files.writeString(d.resolve("profiles.yml"), "x: {}\n");
        }
        Map<String, String> env = Map.of("DVT_PROFILES_DIR", fromEnv.toString());
        assertThat(ProfilesConfig.locate(explicit, env, project, home))
                .isEqualTo(explicit.resolve("profiles.yml"));
        assertThat(ProfilesConfig.locate(null, env, project, home))
                .isEqualTo(fromEnv.resolve("profiles.yml"));
        assertThat(ProfilesConfig.locate(null, Map.of("DBT_PROFILES_DIR", fromEnv.toString()),
                project, home)).isEqualTo(fromEnv.resolve("profiles.yml"));
        assertThat(ProfilesConfig.locate(null, Map.of(), project, home))
                .isEqualTo(project.resolve("profiles.yml"));
        Files.delete(project.resolve("profiles.yml"));
        assertThat(ProfilesConfig.locate(null, Map.of(), project, home))
                .isEqualTo(dvtHome.resolve("profiles.yml"));
        Files.delete(dvtHome.resolve("profiles.yml"));
        assertThatThrownBy(() -> ProfilesConfig.locate(null, Map.of(), project, home))
                .hasMessageContaining(project.toString()).hasMessageContaining(dvtHome.toString())
                .hasMessageContaining("dvt init");
        assertThatThrownBy(() -> ProfilesConfig.locate(project, Map.of(), project, home))
                .hasMessageContaining("(from --profiles-dir)");
    }
}
