package dev.dvt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BasicCommandsTest {
    @TempDir
    Path dir;

    @Test
    void versionExitsZero() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("dvt ").contains("dbt-core 1.9.0");
    }

    @Test
    void unknownFlagIsAUsageError() {
        CliRun run = CliRun.of("clean", "--bogus");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--bogus'");
    }

    @Test
    void missingProjectSaysWhereItLooked() {
        CliRun run = CliRun.of("clean", "--project-dir", dir.toString(), "--no-color");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.all()).contains("dbt_project.yml").doesNotContain("Exception");
    }

    @Test
    void initCreatesAProjectAndProfileTemplates() throws Exception {
        Path profiles = dir.resolve("profiles");
        CliRun run = CliRun.of("init", "demo", "--project-dir", dir.toString(), "--profiles-dir", profiles.toString(), "--no-color");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(dir.resolve("demo/dbt_project.yml")).content().contains("name: \"demo\"").contains("profile: \"demo\"");
        assertThat(dir.resolve("demo/models/example/my_second_model.sql")).content().contains("ref('my_first_model')");
        assertThat(profiles.resolve("profiles.yml")).content().contains("demo:").contains("type: duckdb");
        assertThat(profiles.resolve("computes.yml")).content().contains("local_duckdb");
        assertThat(profiles.resolve("buckets.yml")).content().contains("type: filesystem");

        // A second init of another project appends, and never overwrites.
        CliRun again = CliRun.of("init", "other", "--project-dir", dir.toString(), "--profiles-dir", profiles.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(profiles.resolve("profiles.yml")).content().contains("demo:").contains("other:");
    }

    @Test
    void initRejectsABadNameAndAnExistingProject() {
        assertThat(CliRun.of("init", "9lives", "--project-dir", dir.toString(), "-s").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("init", "p", "--project-dir", dir.toString(), "-s").exitCode()).isZero();
        CliRun again = CliRun.of("init", "p", "--project-dir", dir.toString(), "-s");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.all()).contains("already exists");
    }

    @Test
    void cleanDeletesCleanTargetsAndStaging() throws Exception {
        Path profiles = dir.resolve("profiles");
        assertThat(CliRun.of("init", "p", "--project-dir", dir.toString(), "--profiles-dir", profiles.toString()).exitCode()).isZero();
        Path project = dir.resolve("p");
        Files.createDirectories(project.resolve("target/compiled"));
        Files.writeString(project.resolve("target/compiled/x.sql"), "select 1");
        Files.createDirectories(project.resolve(".dvt/staging/_state"));
        Files.writeString(project.resolve(".dvt/staging/_state/s.state.json"), "{}");

        CliRun run = CliRun.of("clean", "--project-dir", project.toString(), "--profiles-dir", profiles.toString(), "--no-color");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(project.resolve("target")).doesNotExist();
        assertThat(project.resolve(".dvt/staging")).doesNotExist();
        assertThat(project.resolve("models")).exists();
    }

    @Test
    void cleanOlderThanNeedsAValidAge() {
        assertThat(CleanCommand.parseAge("24h")).hasHours(24);
        assertThat(CleanCommand.parseAge("7d")).hasDays(7);
        CliRun run = CliRun.of("init", "p", "--project-dir", dir.toString(), "-s");
        assertThat(run.exitCode()).isZero();
        Path project = dir.resolve("p");
        CliRun bad = CliRun.of("clean", "--older-than", "2w", "--project-dir", project.toString(), "--profiles-dir", dir.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.all()).contains("'2w' is not a duration");
    }

    @Test
    void jsonLogFormatWritesOneObjectPerLine() {
        CliRun run = CliRun.of("init", "j", "--project-dir", dir.toString(), "-s", "--log-format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{\"info\":"));
        assertThat(run.out()).contains("\"name\":\"InitProjectCreated\"");
    }

    @Test
    void buildRendersOnlyTheActiveOutputOfTheProfile() throws Exception {
        Files.writeString(dir.resolve("dbt_project.yml"), "name: p\nversion: '1'\nprofile: p\n");
        Files.createDirectories(dir.resolve("models"));
        Files.writeString(dir.resolve("models/m.sql"), "select 1 as id");
        Files.writeString(dir.resolve("profiles.yml"), """
                p:
                  target: dev
                  outputs:
                    dev: {type: duckdb, path: target/p.duckdb}
                    cloud: {type: postgres, host: "{{ env_var('DVT_TEST_UNSET_HOST') }}"}
                """);
        CliRun run = CliRun.of("build", "--project-dir", dir.toString(), "--profiles-dir", dir.toString(), "--no-color");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.all()).contains("PASS=1");
    }
}
