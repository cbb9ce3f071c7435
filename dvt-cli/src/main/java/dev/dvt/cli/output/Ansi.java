package dev.dvt.cli.output;

import dev.dvt.core.events.Event;

/** The few ANSI colours dbt's console uses: green for success, yellow for warnings, red for errors. */
final class Ansi {
    private static final String RESET = "\u001B[0m";

    private Ansi() {
    }

    static String paint(Event.Style style, String text) {
        String code = switch (style) {
            case SUCCESS -> "\u001B[32m";
            case WARNING -> "\u001B[33m";
            case FAILURE -> "\u001B[31m";
            case EMPHASIS -> "\u001B[1m";
            case PLAIN -> null;
        };
        return code == null ? text : code + text + RESET;
    }
}
