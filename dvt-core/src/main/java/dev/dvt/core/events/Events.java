package dev.dvt.core.events;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The process-wide event bus. Tasks fire events here; the CLI registers a console sink and a
 * log-file sink at start-up. Sinks are called synchronously, so output order follows firing order
 * within a thread.
 */
public final class Events {
    private static final List<EventSink> SINKS = new CopyOnWriteArrayList<>();

    private Events() {
    }

    public static void addSink(EventSink sink) {
        SINKS.add(sink);
    }

    public static void removeSink(EventSink sink) {
        SINKS.remove(sink);
    }

    public static void fire(Event event) {
        for (EventSink sink : SINKS) {
            sink.accept(event);
        }
    }

    public static void debug(String name, String message) {
        fire(Event.of(name, Level.DEBUG, message));
    }

    public static void info(String name, String message) {
        fire(Event.of(name, Level.INFO, message));
    }

    public static void info(String name, String message, Map<String, Object> data) {
        fire(Event.of(name, Level.INFO, message).withData(data));
    }

    public static void warn(String name, String message) {
        fire(Event.of(name, Level.WARN, message).withStyle(Event.Style.WARNING));
    }

    public static void error(String name, String message) {
        fire(Event.of(name, Level.ERROR, message).withStyle(Event.Style.FAILURE));
    }
}
