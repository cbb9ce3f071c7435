package dev.dvt.cli.output;

/** Event names with a special meaning to the sinks. */
public final class OutputEvents {
    /** A line that is the command's result (ls, show, print): no timestamp, shown even with --quiet. */
    public static final String RAW = "PrintRaw";

    private OutputEvents() {
    }
}
