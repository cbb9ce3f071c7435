package dev.dvt.core.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;

/**
 * One thing worth telling the user. {@code name} is a stable machine name (dbt's event names
 * where one exists, e.g. "MainReportVersion"), {@code message} the plain-text line, {@code data}
 * the structured details written with --log-format json.
 */
public record Event(String name, Level level, String message, Map<String, Object> data, Instant timestamp,
        String thread, Style style) {

    /** How the console may colour the message; text files and JSON ignore it. */
    public enum Style { PLAIN, SUCCESS, WARNING, FAILURE, EMPHASIS }

    public Event {
        requireNonNull(name, "name is null");
        requireNonNull(level, "level is null");
        requireNonNull(message, "message is null");
        data = data == null ? Map.of() : data;
        requireNonNull(timestamp, "timestamp is null");
        thread = thread == null ? Thread.currentThread().getName() : thread;
        style = style == null ? Style.PLAIN : style;
    }

    public static Event of(String name, Level level, String message) {
        return new Event(name, level, message, Map.of(), Instant.now(), null, Style.PLAIN);
    }

    public Event withData(Map<String, Object> newData) {
        return new Event(name, level, message, newData, timestamp, thread, style);
    }

    public Event withStyle(Style newStyle) {
        return new Event(name, level, message, data, timestamp, thread, newStyle);
    }
}
