package dev.dvt.core;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The one unchecked exception DVT throws for anything a user should see. It carries a stable
 * {@link ErrorCode} and, where known, the file and line the problem is in. The message is written
 * for the user: it says what is wrong and what to do, and never contains a secret.
 */
public class DvtException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final transient Path file;
    private final int line;

    public DvtException(ErrorCode code, String message) {
        this(code, message, null, 0, null);
    }

    public DvtException(ErrorCode code, String message, Throwable cause) {
        this(code, message, null, 0, cause);
    }

    public DvtException(ErrorCode code, String message, Path file, int line) {
        this(code, message, file, line, null);
    }

    public DvtException(ErrorCode code, String message, Path file, int line, Throwable cause) {
        super(requireNonNull(message, "message is null"), cause);
        this.code = requireNonNull(code, "code is null");
        this.file = file;
        this.line = line;
    }

    public ErrorCode code() {
        return code;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** 1-based line number, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** "path/to/file.yml, line 12: message" — the form the CLI prints. */
    public String describe() {
        if (file == null) {
            return getMessage();
        }
        return file + (line > 0 ? ", line " + line : "") + ": " + getMessage();
    }
}
