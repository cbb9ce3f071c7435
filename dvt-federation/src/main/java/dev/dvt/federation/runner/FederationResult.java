package dev.dvt.federation.runner;

import static java.util.Objects.requireNonNull;

import dev.dvt.federation.extract.ExtractionOutcome;
import dev.dvt.federation.plan.DvtWarning;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of one federated model: rows written, the load method, a one-line message such as
 * {@code Federation: 1234 rows via copy}, coded warnings, each input's extraction, and timings.
 */
public record FederationResult(long rows, String loadMethod, String message, List<DvtWarning> warnings,
        List<ExtractionOutcome> extractions, Duration extractTime, Duration computeTime, Duration loadTime,
        Duration totalTime) {
    public FederationResult {
        requireNonNull(loadMethod, "loadMethod is null");
        requireNonNull(message, "message is null");
        warnings = List.copyOf(requireNonNull(warnings, "warnings is null"));
        extractions = List.copyOf(requireNonNull(extractions, "extractions is null"));
        requireNonNull(extractTime, "extractTime is null");
        requireNonNull(computeTime, "computeTime is null");
        requireNonNull(loadTime, "loadTime is null");
        requireNonNull(totalTime, "totalTime is null");
    }

    /** Rows read from sources in this run, over all inputs (0 when every input was skipped). */
    public long rowsFetched() {
        return extractions.stream().mapToLong(ExtractionOutcome::rowsFetched).sum();
    }
}
