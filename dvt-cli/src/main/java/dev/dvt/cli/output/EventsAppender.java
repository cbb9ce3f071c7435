package dev.dvt.cli.output;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import dev.dvt.core.events.Event;
import dev.dvt.core.events.Events;
import dev.dvt.core.events.Level;
import java.time.Instant;
import java.util.Map;

/** Sends SLF4J log records (ours and libraries') through the event sinks, so one set of rules applies. */
public final class EventsAppender extends AppenderBase<ILoggingEvent> {
    @Override
    protected void append(ILoggingEvent record) {
        Level level = switch (record.getLevel().toInt()) {
            case ch.qos.logback.classic.Level.ERROR_INT -> Level.ERROR;
            case ch.qos.logback.classic.Level.WARN_INT -> Level.WARN;
            case ch.qos.logback.classic.Level.INFO_INT -> Level.INFO;
            default -> Level.DEBUG;
        };
        String logger = record.getLoggerName();
        String message = record.getFormattedMessage();
        if (record.getThrowableProxy() != null) {
            message += " (" + record.getThrowableProxy().getClassName() + ": " + record.getThrowableProxy().getMessage() + ")";
        }
        // Library INFO chatter belongs in the log file only; Jinja's log(info=True) and print() ("dvt.jinja") are ours.
        if (level == Level.INFO && !logger.startsWith("dev.dvt") && !logger.startsWith("dvt.")) {
            level = Level.DEBUG;
        }
        Event event = new Event(logger.substring(logger.lastIndexOf('.') + 1), level, message, Map.of(),
                Instant.ofEpochMilli(record.getTimeStamp()), record.getThreadName(),
                level == Level.WARN ? Event.Style.WARNING : level == Level.ERROR ? Event.Style.FAILURE : Event.Style.PLAIN);
        Events.fire(event);
    }
}
