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

class PackagesAndSelectorsConfigTest {
    @TempDir
    Path project;

    private final RenderContext context = new RenderContext(Map.of("GIT_TOKEN", "tok"), Map.of());

    private PackagesConfig packages(String file, String yaml) throws Exception {
        Files.writeString(project.resolve(file), yaml);
        return PackagesConfig.load(project, BuiltinValueRenderer.INSTANCE, context);
    }

    private SelectorsConfig selectors(String yaml) throws Exception {
        Files.writeString(project.resolve("selectors.yml"), yaml);
        return SelectorsConfig.load(project, BuiltinValueRenderer.INSTANCE, context);
    }

    @Test
    void noFilesMeanNoPackagesAndNoSelectors() {
        PackagesConfig none = PackagesConfig.load(project, BuiltinValueRenderer.INSTANCE, context);
        assertThat(none.file()).isNull();
        assertThat(none.packages()).isEmpty();
        SelectorsConfig noSelectors = SelectorsConfig.load(project, BuiltinValueRenderer.INSTANCE,
                context);
        assertThat(noSelectors.selectors()).isEmpty();
        assertThat(noSelectors.defaultSelector()).isEmpty();
    }

    @Test
    void everyPackageKindIsMapped() throws Exception {
        PackagesConfig config = packages("packages.yml", """
                packages:
                  - package: dbt-labs/dbt_utils
                    version: [">=1.0.0", "<2.0.0"]
                  - package: calogica/dbt_expectations
                    version: 0.10.1
                    install-prerelease: true
                  - git: "https://{{ env_var('GIT_TOKEN') }}@github.com/org/repo.git"
                    revision: v1.2
                    subdirectory: sub
                    warn-unpinned: false
                  - git: https://github.com/org/other.git
                  - local: ../shared
                  - tarball: https://example.com/p.tar.gz
                    name: p
                """);
        assertThat(config.file()).isEqualTo(project.resolve("packages.yml"));
        assertThat(config.packages()).containsExactly(
                new PackageSpec.Hub("dbt-labs/dbt_utils", List.of(">=1.0.0", "<2.0.0"), false),
                new PackageSpec.Hub("calogica/dbt_expectations", List.of("0.10.1"), true),
                new PackageSpec.Git("https://tok@github.com/org/repo.git", "v1.2", "sub", false),
                new PackageSpec.Git("https://github.com/org/other.git", null, null, true),
                new PackageSpec.Local("../shared"),
                new PackageSpec.Tarball("https://example.com/p.tar.gz", "p"));
    }

    @Test
    void dependenciesYmlIsReadAndBothFilesConflict() throws Exception {
        assertThat(packages("dependencies.yml", "packages: [{local: x}]\n").packages())
                .containsExactly(new PackageSpec.Local("x"));
        assertThatThrownBy(() -> packages("packages.yml", "packages: [{local: y}]\n"))
                .hasMessageContaining("Both packages.yml and dependencies.yml");
    }

    @Test
    void packageShapeErrorsNameTheLine() {
        DvtException noVersion = catchFailure(() -> packages("packages.yml",
                "packages:\n  - package: a/b\n"));
        assertThat(noVersion.getMessage()).contains("needs a 'version'");
        assertThat(noVersion.line()).isEqualTo(2);
        DvtException unknown = catchFailure(() -> packages("packages.yml",
                "packages:\n  - hub: a/b\n"));
        assertThat(unknown.getMessage()).contains("needs one of 'package'");
        assertThat(catchFailure(() -> packages("packages.yml", "packages: [x]\n")).getMessage())
                .contains("must be a mapping");
        assertThat(catchFailure(() -> packages("packages.yml",
                "packages: [{git: u, revsion: x}]\n")).getMessage())
                .contains("Unknown key 'packages.0.revsion'");
    }

    @Test
    void lockFileRoundTrips() throws Exception {
        Path file = project.resolve("package-lock.yml");
        assertThat(PackagesConfig.Lock.read(file)).isNull();
        PackagesConfig.Lock lock = new PackagesConfig.Lock(List.of(
                new PackageSpec.Hub("dbt-labs/dbt_utils", List.of("1.3.0"), false),
                new PackageSpec.Git("https://g/r.git", "abc123", null, true)), "deadbeef");
        lock.write(file);
        assertThat(Files.readString(file)).contains("- package: dbt-labs/dbt_utils")
                .contains("version: 1.3.0").contains("sha1_hash: deadbeef");
        assertThat(PackagesConfig.Lock.read(file)).isEqualTo(lock);
    }

    @Test
    void selectorsAreLoadedRaw() throws Exception {
        SelectorsConfig config = selectors("""
                selectors:
                  - name: nightly
                    description: Nightly models
                    default: true
                    definition:
                      union:
                        - method: tag
                          value: nightly
                  - name: simple
                    definition: "tag:hourly"
                """);
        assertThat(config.file()).isEqualTo(project.resolve("selectors.yml"));
        SelectorsConfig.Selector nightly = config.selector("nightly").orElseThrow();
        assertThat(nightly.description()).isEqualTo("Nightly models");
        assertThat(nightly.isDefault()).isTrue();
        assertThat(nightly.line()).isEqualTo(2);
        assertThat(nightly.definition()).isEqualTo(Map.of("union",
                List.of(Map.of("method", "tag", "value", "nightly"))));
        SelectorsConfig.Selector simple = config.selector("simple").orElseThrow();
        assertThat(simple.isDefault()).isFalse();
        assertThat(simple.description()).isNull();
        assertThat(simple.definition()).isEqualTo("tag:hourly");
        assertThat(config.defaultSelector()).contains(nightly);
    }

    @Test
    void selectorShapeErrorsNameTheLine() {
        DvtException twice = catchFailure(() -> selectors(
                "selectors:\n  - {name: a, definition: x}\n  - {name: a, definition: y}\n"));
        assertThat(twice.getMessage()).contains("defined twice (first on line 2)");
        assertThat(twice.line()).isEqualTo(3);
        DvtException defaults = catchFailure(() -> selectors("selectors:\n"
                + "  - {name: a, definition: x, default: true}\n"
                + "  - {name: b, definition: y, default: true}\n"));
        assertThat(defaults.getMessage()).contains("Only one selector may be the default");
        assertThat(defaults.line()).isEqualTo(3);
        assertThat(catchFailure(() -> selectors("selectors:\n  - {name: a}\n")).getMessage())
                .contains("has no 'definition'");
        assertThat(catchFailure(() -> selectors("selectors:\n  - {definition: a}\n")).getMessage())
                .isEqualTo("'selectors.0.name' is required");
        assertThat(catchFailure(() -> selectors("other: 1\n")).getMessage())
                .contains("Unknown key 'other'");
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static DvtException catchFailure(Call call) {
        try {
            call.run();
        } catch (DvtException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected failure");
    }
}
