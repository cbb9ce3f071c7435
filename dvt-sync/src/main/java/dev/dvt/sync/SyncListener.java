package dev.dvt.sync;

/**
 * Progress of a sync, for the CLI's progress bar. Every method has a no-op default; calls come
 * from resolver threads, so implementations must be thread-safe.
 */
public interface SyncListener {
    /** Does nothing. */
    SyncListener NONE = new SyncListener() {};

    /** An item is about to be checked or installed. */
    default void itemStarted(SyncItem item) {}

    /**
     * Bytes of one file arrived.
     *
     * @param file the file name being downloaded (e.g. {@code postgresql-42.7.14.jar})
     * @param transferred bytes received so far for this file
     * @param total its size, or -1 when the server did not say
     */
    default void downloadProgressed(SyncItem item, String file, long transferred, long total) {}

    /** An item is done, whatever the outcome. */
    default void itemFinished(SyncItem item, ItemResult result) {}
}
