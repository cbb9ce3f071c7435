package dev.dvt.cli;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.events.Event;
import dev.dvt.core.events.Events;
import dev.dvt.core.events.Level;
import dev.dvt.core.events.Redactor;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escaped a command into one readable paragraph and dbt's exit code.
 * A {@link DvtException} is a known problem (exit 1 or 2 by its code); anything else is a bug in
 * DVT (exit 2). Stack traces are shown only with --debug, and always go to the log file.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    private final GlobalOptions globals;

    ErrorHandler(GlobalOptions globals) {
        this.globals = globals;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        String trace = stackTrace(ex);
        Events.fire(Event.of("DebugStackTrace", Level.DEBUG, trace));
        if (ex instanceof DvtException dvt) {
            report(cmd, "Encountered an error:\n" + dvt.describe());
            return dvt.code().exitCode();
        }
        report(cmd, "Encountered an internal error (a bug in DVT): " + ex
                + (globals.debug ? "" : "\nRun again with --debug for the stack trace, and please report it."));
        return ErrorCode.INTERNAL.exitCode();
    }

    private void report(CommandLine cmd, String message) {
        if (Output.isActive()) {
            Events.error("MainEncounteredError", message);
        } else {
            PrintWriter err = cmd.getErr();
            err.println(Redactor.redact(message));
            err.flush();
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
