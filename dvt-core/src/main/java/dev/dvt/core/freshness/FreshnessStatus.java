package dev.dvt.core.freshness;

import dev.dvt.artifacts.manifest.FreshnessThreshold;
import dev.dvt.artifacts.manifest.FreshnessTime;
import dev.dvt.artifacts.results.NodeStatus;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.Locale;

/** The verdict for an age: error past {@code error_after}, else warn past {@code warn_after}, else pass. */
final class FreshnessStatus {
    private FreshnessStatus() {
    }

    static NodeStatus of(FreshnessThreshold criteria, double ageSeconds) {
        Double error = seconds(criteria.getErrorAfter());
        if (error != null && ageSeconds > error) {
            return NodeStatus.ERROR;
        }
        Double warn = seconds(criteria.getWarnAfter());
        if (warn != null && ageSeconds > warn) {
            return NodeStatus.WARN;
        }
        return NodeStatus.PASS;
    }

    /** The threshold in seconds, or null when it is not set. */
    static Double seconds(FreshnessTime time) {
        if (time == null || time.getCount() == null || time.getPeriod() == null) {
            return null;
        }
        long unit = switch (time.getPeriod().toLowerCase(Locale.ROOT)) {
            case "minute" -> 60;
            case "hour" -> 3600;
            case "day" -> 86400;
            default -> throw new DvtException(ErrorCode.CONFIG, "Freshness period '" + time.getPeriod()
                    + "' is not one of minute, hour, day");
        };
        return (double) time.getCount() * unit;
    }
}
