package dev.dvt.cli.output;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.events.Event;
import dev.dvt.core.events.EventSink;
import dev.dvt.core.events.Level;
import dev.dvt.core.events.Redactor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;

/** Appends every event, debug included, to {@code <log-path>/dvt.log} with level and thread. */
public final class LogFileSink implements EventSink, AutoCloseable {
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final BufferedWriter writer;
    private final boolean json;
    private final String invocationId;

    public LogFileSink(Path logDir, boolean json, String invocationId) {
        this.json = json;
        this.invocationId = invocationId;
        try {
            Files.createDirectories(logDir);
            writer = Files.newBufferedWriter(logDir.resolve("dvt.log"), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new DvtException(ErrorCode.CONFIG, "Cannot write the log file in " + logDir + ": " + e.getMessage()
                    + ". Pass --log-path to a writable directory.", e);
        }
    }

    @Override
    public synchronized void accept(Event event) {
        if (!Level.DEBUG.allows(event.level())) {
            return;
        }
        try {
            if (json) {
                writer.write(JsonSink.toJson(event, invocationId));
            } else {
                writer.write(String.format("%s [%-5s] [%s]: %s", TS.format(event.timestamp()), event.level().name().toLowerCase(),
                        event.thread(), Redactor.redact(event.message())));
            }
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            // A full disk must not fail the run; the console still has everything.
        }
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
        } catch (IOException ignored) {
            // Nothing useful to do when closing a log fails.
        }
    }
}
