package dev.dvt.cli.run;

import dev.dvt.artifacts.results.NodeStatus;
import dev.dvt.core.events.Event;
import dev.dvt.core.events.Events;
import dev.dvt.core.events.Level;
import dev.dvt.core.task.NodeOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The end of a run as dbt prints it: what ran and how long it took, each failure again with its
 * message, and the {@code Done. PASS=… WARN=… ERROR=… SKIP=… TOTAL=…} line.
 */
public final class RunSummary {
    private RunSummary() {
    }

    public static void print(List<NodeOutcome> outcomes, Function<String, NodeLabel> labels, double elapsedSeconds,
            Function<String, String> compiledPath) {
        info("FinishedRunningStats", "");
        info("FinishedRunningStats", "Finished running " + counts(outcomes, labels) + " in " + duration(elapsedSeconds) + ".");
        info("Formatting", "");
        long errors = outcomes.stream().filter(o -> o.status() == NodeStatus.ERROR || o.status() == NodeStatus.FAIL
                || o.status() == NodeStatus.RUNTIME_ERROR).count();
        long warnings = outcomes.stream().filter(o -> o.status() == NodeStatus.WARN).count();
        if (errors == 0 && warnings == 0) {
            Events.fire(Event.of("EndOfRunSummary", Level.INFO, "Completed successfully").withStyle(Event.Style.SUCCESS));
        } else {
            Event.Style style = errors > 0 ? Event.Style.FAILURE : Event.Style.WARNING;
            Events.fire(Event.of("EndOfRunSummary", Level.INFO, "Completed with " + plural(errors, "error") + ", 0 partial successes, and "
                    + plural(warnings, "warning") + ":").withStyle(style));
            for (NodeOutcome outcome : outcomes) {
                if (outcome.status() == NodeStatus.SKIPPED || outcome.status() == NodeStatus.SUCCESS || outcome.status() == NodeStatus.PASS) {
                    continue;
                }
                NodeLabel label = labels.apply(outcome.uniqueId());
                String kind = outcome.status() == NodeStatus.WARN ? "Warning in " : "Failure in ";
                info("Formatting", "");
                Events.fire(Event.of("RunResultError", outcome.status() == NodeStatus.WARN ? Level.WARN : Level.ERROR,
                        kind + label.resourceType() + " " + label.name() + " (" + label.filePath() + ")").withStyle(style));
                for (String line : outcome.message() == null ? List.<String>of() : outcome.message().lines().toList()) {
                    info("RunResultErrorDetail", "  " + line);
                }
                String path = compiledPath.apply(outcome.uniqueId());
                if (path != null) {
                    info("Formatting", "");
                    info("RunResultCompiledPath", "  compiled code at " + path);
                }
            }
        }
        info("Formatting", "");
        info("EndOfRunSummary", doneLine(outcomes));
    }

    public static String doneLine(List<NodeOutcome> outcomes) {
        Map<NodeStatus, Long> by = new LinkedHashMap<>();
        outcomes.forEach(o -> by.merge(o.status(), 1L, Long::sum));
        long pass = by.getOrDefault(NodeStatus.SUCCESS, 0L) + by.getOrDefault(NodeStatus.PASS, 0L);
        long error = by.getOrDefault(NodeStatus.ERROR, 0L) + by.getOrDefault(NodeStatus.FAIL, 0L)
                + by.getOrDefault(NodeStatus.RUNTIME_ERROR, 0L);
        return "Done. PASS=" + pass + " WARN=" + by.getOrDefault(NodeStatus.WARN, 0L) + " ERROR=" + error + " SKIP="
                + by.getOrDefault(NodeStatus.SKIPPED, 0L) + " NO-OP=0 TOTAL=" + outcomes.size();
    }

    /** "3 seeds, 2 table models, 1 view model, 14 data tests" in dbt's order. */
    static String counts(List<NodeOutcome> outcomes, Function<String, NodeLabel> labels) {
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (String kind : List.of("seed", "table model", "view model", "incremental model", "ephemeral model",
                "snapshot", "data test", "unit test", "hook")) {
            groups.put(kind, 0);
        }
        for (NodeOutcome outcome : outcomes) {
            NodeLabel label = labels.apply(outcome.uniqueId());
            String kind = switch (label.resourceType()) {
                case "model" -> label.materialized() + " model";
                case "test" -> "data test";
                case "unit_test" -> "unit test";
                case "operation" -> "hook";
                default -> label.resourceType();
            };
            groups.merge(kind, 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        groups.forEach((kind, count) -> {
            if (count > 0) {
                parts.add(plural(count, kind));
            }
        });
        return parts.isEmpty() ? "0 nodes" : String.join(", ", parts);
    }

    static String duration(double seconds) {
        long whole = (long) seconds;
        return String.format(Locale.ROOT, "%d hours %d minutes and %.2f seconds (%.2fs)", whole / 3600, (whole % 3600) / 60,
                seconds - (whole / 60) * 60, seconds);
    }

    private static String plural(long count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }

    private static void info(String name, String message) {
        Events.info(name, message);
    }
}
