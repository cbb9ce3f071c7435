package dev.dvt.cli.run;

import dev.dvt.artifacts.freshness.SourceFreshnessOutput;
import dev.dvt.artifacts.freshness.SourceFreshnessResult;
import dev.dvt.artifacts.freshness.SourceFreshnessRuntimeError;
import dev.dvt.artifacts.results.NodeStatus;
import dev.dvt.core.events.Event;
import dev.dvt.core.events.Events;
import dev.dvt.core.events.Level;
import java.util.Locale;
import java.util.Map;

/**
 * dbt's lines for {@code source freshness}: {@code 1 of 2 START freshness of raw.orders ... [RUN]},
 * then {@code PASS}, {@code WARN}, {@code ERROR STALE} (older than error_after) or {@code ERROR}
 * (the query failed) with the time taken.
 */
public final class FreshnessPrinter {
    private FreshnessPrinter() {
    }

    public static void started(String source, String uniqueId, int index, int total) {
        fire("LogStartLine", index + " of " + total + " START freshness of " + source, "RUN", Event.Style.PLAIN, uniqueId,
                null);
    }

    public static void finished(String source, SourceFreshnessResult result, double seconds, int index, int total) {
        String time = String.format(Locale.ROOT, "%.2fs", seconds);
        String verdict = verdict(result);
        Event.Style style = switch (result.getStatus()) {
            case PASS -> Event.Style.SUCCESS;
            case WARN -> Event.Style.WARNING;
            default -> Event.Style.FAILURE;
        };
        fire("LogFreshnessResult", index + " of " + total + " " + verdict + " freshness of " + source,
                verdict + " in " + time, style, result.getUniqueId(), result.getStatus());
    }

    /** PASS, WARN, ERROR STALE for a stale source, ERROR for a failed query. */
    public static String verdict(SourceFreshnessResult result) {
        if (!(result instanceof SourceFreshnessOutput)) {
            return "ERROR";
        }
        return result.getStatus() == NodeStatus.ERROR ? "ERROR STALE" : result.getStatus().value().toUpperCase(Locale.ROOT);
    }

    private static void fire(String name, String message, String status, Event.Style style, String uniqueId,
            NodeStatus result) {
        Map<String, Object> data = result == null ? Map.of("unique_id", uniqueId)
                : Map.of("unique_id", uniqueId, "status", result.value());
        Events.fire(Event.of(name, Level.INFO, ProgressPrinter.justify(message, status)).withData(data).withStyle(style));
    }

    /** "Finished running 2 sources in …", each stale or failed source again with why, then "Done.". */
    public static void summary(Map<String, SourceFreshnessResult> results, double elapsedSeconds) {
        Events.info("FinishedRunningStats", "");
        Events.info("FinishedRunningStats", "Finished running " + results.size() + (results.size() == 1 ? " source" : " sources")
                + " in " + RunSummary.duration(elapsedSeconds) + ".");
        results.forEach((source, result) -> {
            if (result instanceof SourceFreshnessRuntimeError error) {
                Events.info("Formatting", "");
                Events.fire(Event.of("RunResultError", Level.ERROR, "Error in source " + source + ":").withStyle(Event.Style.FAILURE));
                error.getError().lines().forEach(line -> Events.info("RunResultErrorDetail", "  " + line));
            } else if (result.getStatus() == NodeStatus.ERROR && result instanceof SourceFreshnessOutput output) {
                Events.info("Formatting", "");
                Events.fire(Event.of("RunResultError", Level.ERROR, "Source " + source + " is stale: last loaded at "
                        + output.getMaxLoadedAt() + String.format(Locale.ROOT, " (%.0f seconds ago)", output.getMaxLoadedAtTimeAgoInS())
                        + ", past its error_after of " + output.getCriteria().getErrorAfter().getCount() + " "
                        + output.getCriteria().getErrorAfter().getPeriod() + "(s)").withStyle(Event.Style.FAILURE));
            }
        });
        Events.info("Formatting", "");
        Events.info("FreshnessCheckComplete", "Done.");
    }
}
