package dev.dvt.federation.extract;

import static java.util.Objects.requireNonNull;

import dev.dvt.federation.state.ExtractionReason;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What happened to one input: why ({@code reason}), how ({@code method}: {@code copy},
 * {@code jdbc_stream}, {@code delta}, {@code skip}, …), the rows read from the source in this run,
 * the rows now staged, the staged local files the compute reads (empty when the compute reads
 * the bucket and nothing was downloaded), and, in a cloud bucket, the dataset's URI for Spark.
 */
public record ExtractionOutcome(String sourceUniqueId, ExtractionReason reason, String method, long rowsFetched,
        long rowsStaged, List<Path> files, Duration elapsed, Optional<String> bucketUri) {
    public ExtractionOutcome {
        requireNonNull(bucketUri, "bucketUri is null");
        requireNonNull(sourceUniqueId, "sourceUniqueId is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(method, "method is null");
        files = List.copyOf(requireNonNull(files, "files is null"));
        requireNonNull(elapsed, "elapsed is null");
    }
}
