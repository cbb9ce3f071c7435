package dev.dvt.core.events;

/** Receives events; implementations write them to the console, a log file or a test list. */
@FunctionalInterface
public interface EventSink {
    void accept(Event event);
}
