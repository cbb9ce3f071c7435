package dev.dvt.federation.extract;

import static java.util.Objects.requireNonNull;

import dev.dvt.federation.state.ExtractionReason;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What happened to one input: why ({@code reason}), how ({@code method}: {@code copy},
 * {@code jdbc_stream}, {@code delta}, {@code skip}, …), the rows read from the source in this run,
 * the rows now staged, and the staged files the compute reads.
 */
public record ExtractionOutcome(String sourceUniqueId, ExtractionReason reason, String method, long rowsFetched,
        long rowsStaged, List<Path> files, Duration elapsed) {
    public ExtractionOutcome {
        requireNonNull(sourceUniqueId, "sourceUniqueId is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(method, "method is null");
        files = List.copyOf(requireNonNull(files, "files is null"));
        requireNonNull(elapsed, "elapsed is null");
    }
}
