package dev.dvt.core;

/**
 * Stable error categories. The CLI maps each to an exit code: usage and internal errors exit 2,
 * everything a user can fix in the project or environment exits 1, as dbt does.
 */
public enum ErrorCode {
    /** Bad command-line usage. */
    USAGE(2),
    /** A bug or an unexpected failure inside DVT. */
    INTERNAL(2),
    /** A YAML or JSON file that cannot be read or has the wrong shape. */
    CONFIG(2),
    /** profiles.yml has no such profile or target, or a target is incomplete. */
    PROFILE(2),
    /** A project file that parses but is wrong: unknown ref/source/macro, duplicate, cycle. */
    PARSE(2),
    /** Jinja syntax or rendering error. */
    COMPILATION(2),
    /** A selector that names nothing valid. */
    SELECTION(2),
    /** A database connection that cannot be opened. */
    CONNECTION(1),
    /** A statement the database refused. */
    DATABASE(1),
    /** Federation: extraction, compute or load failed. */
    FEDERATION(1),
    /** dvt sync: resolution or download failed. */
    SYNC(1),
    /** Anything else a node or task reports as failed. */
    RUNTIME(1);

    private final int exitCode;

    ErrorCode(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
