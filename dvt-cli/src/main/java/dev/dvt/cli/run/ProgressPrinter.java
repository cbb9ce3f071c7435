package dev.dvt.cli.run;

import dev.dvt.artifacts.results.NodeStatus;
import dev.dvt.core.events.Event;
import dev.dvt.core.events.Events;
import dev.dvt.core.events.Level;
import dev.dvt.core.task.NodeOutcome;
import dev.dvt.core.task.SchedulerListener;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * dbt's numbered progress lines: {@code 3 of 12 START sql view model main.stg_orders ... [RUN]}
 * when a node starts, {@code 3 of 12 OK created sql view model main.stg_orders ... [OK in 0.05s]}
 * when it ends, padded with dots to the printer width.
 */
public final class ProgressPrinter implements SchedulerListener {
    static final int WIDTH = 80;

    private final Function<String, NodeLabel> labels;

    public ProgressPrinter(Function<String, NodeLabel> labels) {
        this.labels = labels;
    }

    @Override
    public void started(String uniqueId, int index, int total) {
        NodeLabel label = labels.apply(uniqueId);
        fire("LogStartLine", prefix(index, total) + "START " + label.describe(), "RUN", Event.Style.PLAIN, uniqueId, null);
    }

    @Override
    public void finished(NodeOutcome outcome, int index, int total) {
        NodeLabel label = labels.apply(outcome.uniqueId());
        String seconds = String.format(Locale.ROOT, "%.2fs", outcome.executionSeconds());
        String message;
        String status;
        Event.Style style;
        switch (outcome.status()) {
            case SUCCESS -> {
                message = successVerb(label) + (label.resourceType().equals("snapshot") ? label.relation() : label.describe());
                status = responseMessage(outcome) + " in " + seconds;
                style = Event.Style.SUCCESS;
            }
            case PASS -> {
                message = "PASS " + label.name();
                status = "PASS in " + seconds;
                style = Event.Style.SUCCESS;
            }
            case WARN -> {
                message = "WARN " + failures(outcome) + label.name();
                status = "WARN " + failures(outcome) + "in " + seconds;
                style = Event.Style.WARNING;
            }
            case FAIL -> {
                message = "FAIL " + failures(outcome) + label.name();
                status = "FAIL " + failures(outcome) + "in " + seconds;
                style = Event.Style.FAILURE;
            }
            case SKIPPED -> {
                message = label.isTest() ? "SKIP test " + label.name()
                        : "SKIP relation " + label.relation() + " due to ancestor failure";
                status = "SKIP";
                style = Event.Style.WARNING;
            }
            default -> {
                message = "ERROR " + (label.isTest() ? label.name() : errorVerb(label) + label.describe());
                status = "ERROR in " + seconds;
                style = Event.Style.FAILURE;
            }
        }
        fire("LogNodeResult", prefix(index, total) + message, status, style, outcome.uniqueId(), outcome.status());
    }

    private static String successVerb(NodeLabel label) {
        return switch (label.resourceType()) {
            case "seed" -> "OK loaded ";
            case "snapshot" -> "OK snapshotted ";
            case "operation" -> "OK ran ";
            default -> "OK created ";
        };
    }

    private static String errorVerb(NodeLabel label) {
        return switch (label.resourceType()) {
            case "seed" -> "loading ";
            case "snapshot" -> "snapshotting ";
            default -> "creating ";
        };
    }

    private static String failures(NodeOutcome outcome) {
        return outcome.failures() == null ? "" : outcome.failures() + " ";
    }

    private static String responseMessage(NodeOutcome outcome) {
        Object message = outcome.adapterResponse().get("_message");
        return message == null || message.toString().isBlank() ? "OK" : message.toString();
    }

    private static String prefix(int index, int total) {
        return index + " of " + total + " ";
    }

    private static void fire(String name, String message, String status, Event.Style style, String uniqueId, NodeStatus result) {
        String line = justify(message, status);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("unique_id", uniqueId);
        if (result != null) {
            data.put("status", result.value());
        }
        Events.fire(Event.of(name, Level.INFO, line).withData(data).withStyle(style));
    }

    /** Pads {@code message} with dots so that the bracketed status ends at the printer width. */
    static String justify(String message, String status) {
        String tail = " [" + status + "]";
        int dots = WIDTH - message.length() - tail.length() - 1;
        return message + " " + ".".repeat(Math.max(3, dots)) + tail;
    }
}
