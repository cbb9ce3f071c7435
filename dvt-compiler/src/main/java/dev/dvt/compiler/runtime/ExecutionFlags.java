package dev.dvt.compiler.runtime;

/**
 * Command-line flags that change how a node materializes.
 *
 * @param fullRefresh {@code --full-refresh}
 * @param storeFailures {@code --store-failures}, null when not given (the test's config decides)
 */
public record ExecutionFlags(boolean fullRefresh, Boolean storeFailures) {
    public static final ExecutionFlags NONE = new ExecutionFlags(false, null);

    public static ExecutionFlags withFullRefresh() {
        return new ExecutionFlags(true, null);
    }
}
