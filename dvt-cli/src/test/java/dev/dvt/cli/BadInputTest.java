package dev.dvt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gives one readable paragraph naming the file, a non-zero exit code and no stack trace. */
class BadInputTest {
    @TempDir
    Path project;

    @BeforeEach
    void writeProject() throws Exception {
        Files.createDirectories(project.resolve("models"));
        Files.writeString(project.resolve("dbt_project.yml"), "name: p\nversion: '1.0'\nconfig-version: 2\nprofile: p\n");
        Files.writeString(project.resolve("profiles.yml"), """
                p:
                  target: dev
                  outputs:
                    dev: {type: duckdb, path: ':memory:', schema: main}
                """);
        Files.writeString(project.resolve("models/a.sql"), "select 1 as id");
    }

    private CliRun parse(String... extra) {
        String[] args = new String[3 + extra.length];
        args[0] = "parse";
        args[1] = "--project-dir=" + project;
        args[2] = "--no-color";
        System.arraycopy(extra, 0, args, 3, extra.length);
        return CliRun.of(args);
    }

    private static void assertCleanError(CliRun run, int exitCode, String... fragments) {
        assertThat(run.exitCode()).as(run.all()).isEqualTo(exitCode);
        assertThat(run.all()).contains(fragments).doesNotContain("\tat ").doesNotContain("Exception:");
    }

    @Test
    void malformedYaml() throws Exception {
        Files.writeString(project.resolve("models/schema.yml"), "version: 2\nmodels:\n  - name: a\n    description: [unclosed\n");
        assertCleanError(parse(), 2, "models/schema.yml", "line");
    }

    @Test
    void unknownRef() throws Exception {
        Files.writeString(project.resolve("models/b.sql"), "select * from {{ ref('nope') }}");
        assertCleanError(parse(), 2, "models/b.sql", "nope");
    }

    @Test
    void unknownSource() throws Exception {
        Files.writeString(project.resolve("models/b.sql"), "select * from {{ source('raw', 'orders') }}");
        assertCleanError(parse(), 2, "models/b.sql", "raw", "orders");
    }

    @Test
    void unknownMacro() throws Exception {
        Files.writeString(project.resolve("models/b.sql"), "select {{ no_such_macro() }} as x");
        assertCleanError(parse(), 2, "models/b.sql", "no_such_macro");
    }

    @Test
    void cycle() throws Exception {
        Files.writeString(project.resolve("models/b.sql"), "select * from {{ ref('c') }}");
        Files.writeString(project.resolve("models/c.sql"), "select * from {{ ref('b') }}");
        assertCleanError(parse(), 2, "Found a cycle", "model.p.b", "model.p.c");
    }

    @Test
    void duplicateNames() throws Exception {
        Files.createDirectories(project.resolve("models/other"));
        Files.writeString(project.resolve("models/other/a.sql"), "select 2 as id");
        assertCleanError(parse(), 2, "models/a.sql", "models/other/a.sql");
    }

    @Test
    void undefinedVar() throws Exception {
        Files.writeString(project.resolve("models/b.sql"), "select {{ var('missing_var') }} as x");
        assertCleanError(parse(), 2, "models/b.sql", "missing_var");
    }

    @Test
    void jinjaSyntaxError() throws Exception {
        Files.writeString(project.resolve("models/b.sql"), "select 1\n{% if true %}\nas x");
        assertCleanError(parse(), 2, "models/b.sql");
    }

    @Test
    void missingTarget() {
        assertCleanError(parse("-t", "prod"), 2, "prod", "dev");
    }

    @Test
    void missingProfile() throws Exception {
        Files.writeString(project.resolve("dbt_project.yml"), "name: p\nversion: '1.0'\nconfig-version: 2\nprofile: nowhere\n");
        assertCleanError(parse(), 2, "nowhere");
    }

    @Test
    void wrongTypeInProfile() throws Exception {
        Files.writeString(project.resolve("profiles.yml"), """
                p:
                  target: dev
                  outputs:
                    dev: {type: duckdb, path: ':memory:', schema: main, threads: many}
                """);
        assertCleanError(parse(), 2, "profiles.yml", "threads");
    }

    @Test
    void failingModelExitsOneAndSkipsDependants() throws Exception {
        Files.writeString(project.resolve("models/a.sql"), "select no_such_column from (select 1 as id)");
        Files.writeString(project.resolve("models/b.sql"), "select * from {{ ref('a') }}");
        CliRun run = CliRun.of("run", "--project-dir=" + project, "--no-color");
        assertCleanError(run, 1, "ERROR creating sql view model main.a", "SKIP relation main.b", "no_such_column",
                "compiled code at target/compiled/p/models/a.sql");
    }
}
