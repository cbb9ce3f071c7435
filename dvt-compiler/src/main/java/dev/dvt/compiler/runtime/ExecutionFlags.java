package dev.dvt.compiler.runtime;

/**
 * Command-line flags that change how a node materializes.
 *
 * @param fullRefresh {@code --full-refresh}
 * @param storeFailures {@code --store-failures}, null when not given (the test's config decides)
 * @param empty {@code --empty}: refs and sources read no rows, so nodes build with their schema only
 */
public record ExecutionFlags(boolean fullRefresh, Boolean storeFailures, boolean empty) {
    public static final ExecutionFlags NONE = new ExecutionFlags(false, null);

    public ExecutionFlags(boolean fullRefresh, Boolean storeFailures) {
        this(fullRefresh, storeFailures, false);
    }

    public static ExecutionFlags withFullRefresh() {
        return new ExecutionFlags(true, null);
    }
}
