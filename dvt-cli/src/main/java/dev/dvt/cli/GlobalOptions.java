package dev.dvt.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Flags every command accepts, before or after the command name as in dbt. Options are inherited
 * by all subcommands; picocli writes matched values into this single instance held by the root.
 */
public final class GlobalOptions {
    @Option(names = "--project-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Directory holding dbt_project.yml (default: the current directory or its nearest parent; env DVT_PROJECT_DIR).")
    String projectDir;

    @Option(names = "--profiles-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Directory holding profiles.yml, computes.yml and buckets.yml (env DVT_PROFILES_DIR; default: the project directory if it has profiles.yml, else ~/.dvt).")
    String profilesDir;

    @Option(names = "--profile", scope = ScopeType.INHERIT, description = "Profile to use instead of the one in dbt_project.yml.")
    String profile;

    @Option(names = {"-t", "--target"}, scope = ScopeType.INHERIT,
            description = "Target (profile output) to use; it also becomes the write target of every model.")
    String target;

    @Option(names = "--vars", scope = ScopeType.INHERIT, paramLabel = "YAML",
            description = "Variables as a YAML or JSON mapping, e.g. '{key: value}'.")
    String vars;

    @Option(names = "--threads", scope = ScopeType.INHERIT, description = "Number of nodes built at once.")
    Integer threads;

    @Option(names = "--target-path", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Where artifacts and compiled SQL go (env DVT_TARGET_PATH; default target/).")
    String targetPath;

    @Option(names = "--log-path", scope = ScopeType.INHERIT, paramLabel = "DIR", description = "Where dvt.log goes (default logs/).")
    String logPath;

    @Option(names = "--log-format", scope = ScopeType.INHERIT, paramLabel = "FORMAT",
            description = "Console log format: text (default) or json.")
    String logFormat;

    @Option(names = "--log-level", scope = ScopeType.INHERIT, paramLabel = "LEVEL",
            description = "Console log level: debug, info (default), warn, error or none.")
    String logLevel;

    @Option(names = {"-d", "--debug"}, scope = ScopeType.INHERIT, description = "Debug logs on the console and stack traces for errors.")
    boolean debug;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "Plain text output without colours.")
    boolean noColor;

    @Option(names = "--use-colors", scope = ScopeType.INHERIT, description = "Force coloured output even when not on a terminal.")
    boolean useColors;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Only errors, and the command's own output.")
    boolean quiet;

    @Option(names = {"-x", "--fail-fast"}, scope = ScopeType.INHERIT, description = "Stop at the first failure.")
    boolean failFast;

    @Option(names = "--no-partial-parse", scope = ScopeType.INHERIT, description = "Parse every file again instead of reusing the cache.")
    boolean noPartialParse;

    @Option(names = "--state", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Directory with the artifacts of an earlier run, for state: and result: selectors.")
    String state;

    @Option(names = "--warn-error", scope = ScopeType.INHERIT, description = "Treat every warning as an error.")
    boolean warnError;

    @Option(names = "--no-version-check", scope = ScopeType.INHERIT, description = "Do not enforce require-dbt-version.")
    boolean noVersionCheck;
}
