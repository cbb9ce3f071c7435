package dev.dvt.core.events;

/** Event levels, ordered from most to least verbose, named as dbt's --log-level values. */
public enum Level {
    DEBUG, INFO, WARN, ERROR, NONE;

    public boolean allows(Level event) {
        return this != NONE && event.ordinal() >= ordinal();
    }

    public static Level parse(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "debug" -> DEBUG;
            case "info" -> INFO;
            case "warn", "warning" -> WARN;
            case "error" -> ERROR;
            case "none" -> NONE;
            default -> throw new dev.dvt.core.DvtException(dev.dvt.core.ErrorCode.USAGE,
                    "Unknown log level '" + text + "': use debug, info, warn, error or none.");
        };
    }
}
