package dev.dvt.federation.plan;

import static java.util.Objects.requireNonNull;

/**
 * Where a seed is loaded and, for a seed that is not CSV, the compute that reads its file and the
 * bucket the file is staged in.
 */
public record ResolvedSeed(String uniqueId, String target, String compute, String bucket) {
    public ResolvedSeed {
        requireNonNull(uniqueId, "uniqueId is null");
        requireNonNull(target, "target is null");
        requireNonNull(compute, "compute is null");
        requireNonNull(bucket, "bucket is null");
    }
}
