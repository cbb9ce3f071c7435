package dev.dvt.cli.output;

import dev.dvt.core.events.Event;
import dev.dvt.core.events.EventSink;
import dev.dvt.core.events.Level;
import dev.dvt.core.events.Redactor;
import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Writes events as dbt does on a terminal: {@code HH:mm:ss  message}, coloured by the event's
 * style when colour is on. Errors go to the same stream as everything else, as in dbt, so the
 * order of lines is kept.
 */
public final class ConsoleSink implements EventSink {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final PrintStream out;
    private final Level level;
    private final boolean colour;

    public ConsoleSink(PrintStream out, Level level, boolean colour) {
        this.out = out;
        this.level = level;
        this.colour = colour;
    }

    @Override
    public void accept(Event event) {
        if (!level.allows(event.level()) && !isForcedOutput(event)) {
            return;
        }
        String message = Redactor.redact(event.message());
        String text = colour ? Ansi.paint(event.style(), message) : message;
        synchronized (out) {
            if (event.name().equals(OutputEvents.RAW)) {
                out.println(text);
            } else {
                out.println(TIME.format(event.timestamp()) + "  " + text);
            }
            out.flush();
        }
    }

    // Printed results (dvt show, dvt ls, print()) are the command's output, shown even with --quiet.
    private boolean isForcedOutput(Event event) {
        return level != Level.NONE && event.name().equals(OutputEvents.RAW);
    }
}
