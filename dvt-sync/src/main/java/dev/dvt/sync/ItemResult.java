package dev.dvt.sync;

import static java.util.Objects.requireNonNull;

/**
 * One row of the sync summary.
 *
 * @param name item name
 * @param version item version
 * @param status what happened
 * @param sizeBytes bytes of the installed files (0 when nothing is installed)
 * @param message details: the reason for a failure, the missing coordinates, or empty
 */
public record ItemResult(String name, String version, Status status, long sizeBytes, String message) {

    /** Outcome of one item. */
    public enum Status {
        /** Downloaded, verified and moved into the cache by this sync. */
        INSTALLED,
        /** Already in the cache with matching files and hashes: no network used. */
        CACHED,
        /** Not in the cache and not fetched (offline). */
        MISSING,
        /** Resolution, verification or the write failed; nothing was left behind. */
        FAILED,
        /** Dry run: would be installed. */
        PLANNED
    }

    public ItemResult {
        requireNonNull(name, "name is null");
        requireNonNull(version, "version is null");
        requireNonNull(status, "status is null");
        requireNonNull(message, "message is null");
    }

    static ItemResult of(SyncItem item, Status status, long sizeBytes, String message) {
        return new ItemResult(item.name(), item.version(), status, sizeBytes, message);
    }
}
