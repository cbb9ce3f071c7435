package dev.dvt.core.deps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.config.BuiltinValueRenderer;
import dev.dvt.core.config.PackageSpec;
import dev.dvt.core.config.RenderContext;
import dev.dvt.core.deps.DepsReport.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DepsEngineTest {
    @TempDir
    Path dir;

    private Path project;
    private Path repo;
    private String tagSha;
    private String headSha;

    @BeforeEach
    void setUp() throws Exception {
        project = Files.createDirectories(dir.resolve("project"));
        write(project.resolve("dbt_project.yml"), "name: root\n");
        // A git repository holding package git_pkg at its root and package sub_pkg in a subfolder.
        repo = Files.createDirectories(dir.resolve("repo"));
        git(repo, "init", "--quiet", "--initial-branch=main");
        write(repo.resolve("dbt_project.yml"), "name: git_pkg\n");
        write(repo.resolve("macros/m.sql"), "{% macro version() %}1{% endmacro %}\n");
        write(repo.resolve("nested/sub/dbt_project.yml"), "name: sub_pkg\n");
        git(repo, "add", ".");
        git(repo, "commit", "--quiet", "-m", "first");
        git(repo, "tag", "v1.0");
        tagSha = git(repo, "rev-parse", "HEAD");
        write(repo.resolve("macros/m.sql"), "{% macro version() %}2{% endmacro %}\n");
        git(repo, "commit", "--quiet", "-am", "second");
        headSha = git(repo, "rev-parse", "HEAD");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String git(Path cwd, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t", "-c",
                "user.email=t@example.com", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out.strip();
    }

    private String repoUrl() {
        return repo.toUri().toString();
    }

    private DepsReport deps(DepsRequest request) {
        return new DepsEngine(project, project.resolve("dbt_packages"), BuiltinValueRenderer.INSTANCE,
                new RenderContext(Map.of(), Map.of())).run(request);
    }

    private Path localPackage(String name, String packagesYml) throws IOException {
        Path pkg = Files.createDirectories(dir.resolve(name));
        write(pkg.resolve("dbt_project.yml"), "name: " + name + "\n");
        if (packagesYml != null) {
            write(pkg.resolve("packages.yml"), packagesYml);
        }
        return pkg;
    }

    @Test
    void localPackageIsLinkedAndThenUpToDate() throws IOException {
        Path pkg = localPackage("local_pkg", null);
        write(project.resolve("packages.yml"), "packages:\n  - local: ../local_pkg\n");
        DepsReport first = deps(DepsRequest.INSTALL);
        assertThat(first.lockWritten()).isTrue();
        assertThat(first.packages()).containsExactly(
                new DepsReport.Outcome("local_pkg", PackageSource.LOCAL, "local", Status.INSTALLED));
        Path installed = project.resolve("dbt_packages/local_pkg");
        assertThat(Files.isSymbolicLink(installed)).isTrue();
        assertThat(installed.resolve("dbt_project.yml")).hasContent("name: local_pkg");
        PackageLock lock = PackageLock.read(project.resolve("package-lock.yml"));
        assertThat(lock.packages()).containsExactly(
                new PackageLock.Entry("local_pkg", new PackageSpec.Local("../local_pkg")));
        assertThat(lock.sha1Hash()).hasSize(40);
        assertThat(pkg).exists();

        DepsReport second = deps(DepsRequest.INSTALL);
        assertThat(second.lockWritten()).isFalse();
        assertThat(second.packages()).extracting(DepsReport.Outcome::status).containsExactly(Status.UP_TO_DATE);
    }

    @Test
    void gitTagIsPinnedToItsShaAndInstalledWithoutGitFolder() throws Exception {
        write(project.resolve("packages.yml"), "packages:\n  - git: \"" + repoUrl() + "\"\n    revision: v1.0\n");
        DepsReport report = deps(DepsRequest.INSTALL);
        assertThat(report.packages()).containsExactly(
                new DepsReport.Outcome("git_pkg", PackageSource.GIT, tagSha, Status.INSTALLED));
        Path installed = project.resolve("dbt_packages/git_pkg");
        assertThat(installed.resolve("macros/m.sql")).content().contains("}1{");
        assertThat(installed.resolve(".git")).doesNotExist();
        String lockText = Files.readString(project.resolve("package-lock.yml"));
        assertThat(lockText).contains("revision: " + tagSha, "name: git_pkg", "sha1_hash: ");

        assertThat(deps(DepsRequest.INSTALL).packages()).extracting(DepsReport.Outcome::status)
                .containsExactly(Status.UP_TO_DATE);

        // A new revision in packages.yml changes the hash, so the lock is redone and the package replaced.
        write(project.resolve("packages.yml"), "packages:\n  - git: \"" + repoUrl() + "\"\n    revision: main\n");
        DepsReport upgraded = deps(DepsRequest.INSTALL);
        assertThat(upgraded.lockWritten()).isTrue();
        assertThat(upgraded.packages()).containsExactly(
                new DepsReport.Outcome("git_pkg", PackageSource.GIT, headSha, Status.INSTALLED));
        assertThat(installed.resolve("macros/m.sql")).content().contains("}2{");
    }

    @Test
    void gitShaAndSubdirectory() throws Exception {
        write(project.resolve("packages.yml"), "packages:\n  - git: \"" + repoUrl() + "\"\n    revision: "
                + tagSha + "\n    subdirectory: nested/sub\n");
        DepsReport report = deps(DepsRequest.INSTALL);
        assertThat(report.packages()).extracting(DepsReport.Outcome::name).containsExactly("sub_pkg");
        assertThat(project.resolve("dbt_packages/sub_pkg/dbt_project.yml")).hasContent("name: sub_pkg");
        assertThat(project.resolve("dbt_packages/sub_pkg/macros")).doesNotExist();
        assertThat(Files.readString(project.resolve("package-lock.yml"))).contains("subdirectory: nested/sub");
    }

    @Test
    void lockOnlyWritesTheLockAndUpgradeRelocks() throws Exception {
        write(project.resolve("packages.yml"), "packages:\n  - git: \"" + repoUrl() + "\"\n    revision: main\n");
        DepsReport report = deps(new DepsRequest(true, false, null, null));
        assertThat(report.lockWritten()).isTrue();
        assertThat(report.packages()).isEmpty();
        assertThat(project.resolve("dbt_packages")).doesNotExist();
        assertThat(Files.readString(project.resolve("package-lock.yml"))).contains(headSha);

        // A new commit on main: a plain run keeps the locked sha, --upgrade moves to the new one.
        write(repo.resolve("macros/m.sql"), "{% macro version() %}3{% endmacro %}\n");
        git(repo, "commit", "--quiet", "-am", "third");
        String newest = git(repo, "rev-parse", "HEAD");
        assertThat(deps(DepsRequest.INSTALL).packages().get(0).version()).isEqualTo(headSha);
        DepsReport upgraded = deps(new DepsRequest(false, true, null, null));
        assertThat(upgraded.lockWritten()).isTrue();
        assertThat(upgraded.packages().get(0).version()).isEqualTo(newest);
    }

    @Test
    void transitivePackagesAreInstalledAndLocked() throws IOException {
        localPackage("outer", "packages:\n  - git: \"" + repoUrl() + "\"\n    revision: v1.0\n");
        write(project.resolve("packages.yml"), "packages:\n  - local: ../outer\n");
        DepsReport report = deps(DepsRequest.INSTALL);
        assertThat(report.packages()).extracting(DepsReport.Outcome::name).containsExactly("outer", "git_pkg");
        assertThat(project.resolve("dbt_packages/git_pkg/dbt_project.yml")).exists();
        assertThat(PackageLock.read(project.resolve("package-lock.yml")).packages()).hasSize(2);
    }

    @Test
    void conflictingVersionsAreAnError() throws IOException {
        localPackage("outer", "packages:\n  - git: \"" + repoUrl() + "\"\n    revision: main\n");
        write(project.resolve("packages.yml"), "packages:\n  - local: ../outer\n  - git: \"" + repoUrl()
                + "\"\n    revision: v1.0\n");
        assertThatThrownBy(() -> deps(DepsRequest.INSTALL)).isInstanceOf(DvtException.class)
                .hasMessageContaining("'git_pkg' is required in two versions")
                .hasMessageContaining(tagSha).hasMessageContaining(headSha)
                .hasMessageContaining("package 'outer'").hasMessageContaining("packages.yml");
    }

    @Test
    void sameGitPackageTwiceIsFine() throws IOException {
        localPackage("outer", "packages:\n  - git: \"" + repoUrl() + "\"\n    revision: v1.0\n");
        write(project.resolve("packages.yml"), "packages:\n  - local: ../outer\n  - git: \"" + repoUrl()
                + "\"\n    revision: " + tagSha + "\n");
        assertThat(deps(DepsRequest.INSTALL).packages()).hasSize(2);
    }

    @Test
    void hubAndTarballNeedTheInternet() throws IOException {
        write(project.resolve("packages.yml"), "packages:\n  - package: dbt-labs/dbt_utils\n    version: 1.3.0\n");
        assertThatThrownBy(() -> deps(DepsRequest.INSTALL)).isInstanceOf(DvtException.class)
                .hasMessageContaining("dbt-labs/dbt_utils").hasMessageContaining("hub.getdbt.com")
                .hasMessageContaining("'git:'").hasMessageContaining("'local:'");
        write(project.resolve("packages.yml"), "packages:\n  - tarball: https://user:secret@example.com/p.tgz\n"
                + "    name: p\n");
        assertThatThrownBy(() -> deps(DepsRequest.INSTALL)).isInstanceOf(DvtException.class)
                .hasMessageContaining("internet").hasMessageNotContaining("secret");
    }

    @Test
    void missingLocalFolderAndNonProject() throws IOException {
        write(project.resolve("packages.yml"), "packages:\n  - local: ../nowhere\n");
        assertThatThrownBy(() -> deps(DepsRequest.INSTALL)).hasMessageContaining("'../nowhere' not found");
        Files.createDirectories(dir.resolve("plain"));
        write(project.resolve("packages.yml"), "packages:\n  - local: ../plain\n");
        assertThatThrownBy(() -> deps(DepsRequest.INSTALL)).hasMessageContaining("no dbt_project.yml");
    }

    @Test
    void addPackageWritesPackagesYmlAndInstalls() throws Exception {
        localPackage("local_pkg", null);
        write(project.resolve("packages.yml"), "packages:\n  - local: ../local-pkg\n");
        DepsReport report = deps(new DepsRequest(false, false, "../local_pkg", PackageSource.LOCAL));
        assertThat(report.packages()).extracting(DepsReport.Outcome::name).containsExactly("local_pkg");
        assertThat(Files.readString(project.resolve("packages.yml")))
                .isEqualTo("packages:\n  - local: ../local_pkg\n");

        deps(new DepsRequest(false, false, repoUrl() + "@v1.0", PackageSource.GIT));
        assertThat(Files.readString(project.resolve("packages.yml"))).contains("revision: v1.0");
        assertThat(project.resolve("dbt_packages/git_pkg")).exists();
    }

    @Test
    void packagesNoLongerListedAreRemoved() throws IOException {
        localPackage("local_pkg", null);
        write(project.resolve("packages.yml"), "packages:\n  - local: ../local_pkg\n");
        deps(DepsRequest.INSTALL);
        write(project.resolve("packages.yml"), "packages: []\n");
        assertThat(deps(DepsRequest.INSTALL).packages()).isEmpty();
        assertThat(project.resolve("dbt_packages/local_pkg")).doesNotExist();
        assertThat(dir.resolve("local_pkg/dbt_project.yml")).exists();
    }

    @Test
    void hashMatchesDbtSpelling() {
        // dbt: sha1("\n".join(sorted(json.dumps(p.to_dict(), sort_keys=True) for p in packages)))
        assertThat(PackageLock.hash(List.of(new PackageSpec.Local("../a"))))
                .isEqualTo(sha1("{\"local\": \"../a\"}"));
    }

    @Test
    void gitUrlCredentialsAreRedacted() {
        assertThat(GitCli.redact("clone https://x-token:abc123@github.com/o/r.git"))
                .isEqualTo("clone https://***@github.com/o/r.git");
    }

    private static String sha1(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
