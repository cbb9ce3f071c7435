package dev.dvt.cli;

import dev.dvt.cli.output.ConsoleSink;
import dev.dvt.cli.output.JsonSink;
import dev.dvt.cli.output.LogFileSink;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.events.EventSink;
import dev.dvt.core.events.Events;
import dev.dvt.core.events.Level;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Wires the console and log-file sinks for one invocation, from the global flags and environment. */
final class Output implements AutoCloseable {
    private static volatile boolean active;

    private final List<EventSink> sinks = new ArrayList<>();
    private LogFileSink logFile;
    private final String invocationId = UUID.randomUUID().toString();

    Output(GlobalOptions globals, PrintStream out) {
        Level level = consoleLevel(globals);
        String format = globals.logFormat == null ? envOr("DVT_LOG_FORMAT", "text") : globals.logFormat;
        EventSink console = switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> new JsonSink(out, level, invocationId);
            case "text", "default", "debug" -> new ConsoleSink(out, level, useColour(globals));
            default -> throw new DvtException(ErrorCode.USAGE, "Unknown --log-format '" + format + "': use text or json.");
        };
        add(console);
        active = true;
    }

    String invocationId() {
        return invocationId;
    }

    /** Starts writing dvt.log once the log directory is known (it depends on the project). */
    void startLogFile(Path logDir, GlobalOptions globals) {
        if (logFile == null) {
            logFile = new LogFileSink(logDir, "json".equalsIgnoreCase(globals.logFormat), invocationId);
            add(logFile);
        }
    }

    static boolean isActive() {
        return active;
    }

    private void add(EventSink sink) {
        sinks.add(sink);
        Events.addSink(sink);
    }

    private static Level consoleLevel(GlobalOptions globals) {
        if (globals.debug) {
            return Level.DEBUG;
        }
        if (globals.quiet) {
            return Level.ERROR;
        }
        return globals.logLevel == null ? Level.parse(envOr("DVT_LOG_LEVEL", "info")) : Level.parse(globals.logLevel);
    }

    // Colour only on an interactive terminal outside CI, unless forced either way.
    private static boolean useColour(GlobalOptions globals) {
        if (globals.noColor || System.getenv("NO_COLOR") != null) {
            return false;
        }
        if (globals.useColors) {
            return true;
        }
        return System.console() != null && System.getenv("CI") == null;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void close() {
        sinks.forEach(Events::removeSink);
        if (logFile != null) {
            logFile.close();
        }
        active = false;
    }
}
