package dev.dvt.cli;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dvt init}: creates a starter project and, unless told not to, adds a profile for it to
 * profiles.yml plus computes.yml and buckets.yml templates. Existing files are never overwritten:
 * a profile that already exists is left alone, a missing one is appended.
 */
@Command(name = "init", description = "Create a new project and its profile, computes and buckets templates.")
final class InitCommand extends BaseCommand {
    private static final Pattern PROJECT_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");
    private static final List<String> ADAPTERS = List.of("duckdb", "postgres", "mysql");

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT_NAME", description = "Name of the new project (letters, digits, underscores).")
    String projectName;

    @Option(names = {"-s", "--skip-profile-setup"}, description = "Create the project only; do not touch profiles.yml.")
    boolean skipProfileSetup;

    @Option(names = "--adapter", defaultValue = "duckdb", description = "Database of the profile to create: duckdb (default), postgres or mysql.")
    String adapter;

    @Override
    protected int run() throws IOException {
        if (projectName == null) {
            throw new DvtException(ErrorCode.USAGE, "Give the new project a name: dvt init my_project");
        }
        if (!PROJECT_NAME.matcher(projectName).matches()) {
            throw new DvtException(ErrorCode.USAGE, "'" + projectName
                    + "' is not a valid project name: use letters, digits and underscores, not starting with a digit.");
        }
        if (!ADAPTERS.contains(adapter)) {
            throw new DvtException(ErrorCode.USAGE, "--adapter must be one of " + String.join(", ", ADAPTERS));
        }
        Path base = globals().projectDir == null ? Path.of("").toAbsolutePath() : Path.of(globals().projectDir).toAbsolutePath();
        Path project = base.resolve(projectName);
        if (Files.exists(project.resolve("dbt_project.yml"))) {
            throw new DvtException(ErrorCode.USAGE, "A project already exists in " + project + "; choose another name.");
        }
        createProject(project);
        info("InitProjectCreated", "Created project '" + projectName + "' in " + project);
        if (!skipProfileSetup) {
            Path dir = profilesDir();
            Files.createDirectories(dir);
            appendProfile(dir.resolve("profiles.yml"), template("profile-" + adapter + ".yml"));
            appendProfile(dir.resolve("computes.yml"), template("computes.yml"));
            appendProfile(dir.resolve("buckets.yml"), template("buckets.yml"));
        }
        info("InitDone", "Next: cd " + projectName + " && dvt build");
        return 0;
    }

    private void createProject(Path project) throws IOException {
        for (String dir : List.of("models/example", "seeds", "tests", "macros", "analyses", "snapshots")) {
            Files.createDirectories(project.resolve(dir));
        }
        write(project.resolve("dbt_project.yml"), template("dbt_project.yml"));
        write(project.resolve("models/example/my_first_model.sql"), template("my_first_model.sql"));
        write(project.resolve("models/example/my_second_model.sql"), template("my_second_model.sql"));
        write(project.resolve("models/example/schema.yml"), template("schema.yml"));
        write(project.resolve(".gitignore"), "target/\ndbt_packages/\nlogs/\n.dvt/\n*.duckdb\n*.duckdb.wal\n");
    }

    private Path profilesDir() {
        if (globals().profilesDir != null) {
            return Path.of(globals().profilesDir);
        }
        String env = System.getenv("DVT_PROFILES_DIR");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".dvt");
    }

    // Adds this project's block to a profile-keyed file unless the profile is already there.
    private void appendProfile(Path file, String block) throws IOException {
        if (Files.exists(file)) {
            String existing = Files.readString(file);
            if (Pattern.compile("(?m)^" + Pattern.quote(projectName) + ":").matcher(existing).find()) {
                info("InitProfileExists", "Profile '" + projectName + "' already in " + file + "; left unchanged.");
                return;
            }
            String separator = existing.isEmpty() || existing.endsWith("\n") ? "\n" : "\n\n";
            Files.writeString(file, separator + block, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } else {
            Files.writeString(file, block, StandardCharsets.UTF_8);
        }
        info("InitProfileWritten", "Wrote profile '" + projectName + "' to " + file);
    }

    private String template(String name) {
        try (InputStream in = InitCommand.class.getResourceAsStream("/dev/dvt/cli/init/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing init template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{name}}", projectName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }
}
