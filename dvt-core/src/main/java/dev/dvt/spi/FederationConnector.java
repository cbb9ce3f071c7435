package dev.dvt.spi;

/**
 * The bulk read and write paths of one database for the federation engine, discovered through
 * {@link java.util.ServiceLoader}. The connector with the highest {@link #priority()} among those
 * that {@link #handles} an adapter type is used; the generic JDBC connector handles every type at
 * the lowest priority.
 */
public interface FederationConnector {
    /** Whether this connector serves the profile {@code type} (lower case). */
    boolean handles(String adapterType);

    /** Higher wins when several connectors handle a type. */
    default int priority() {
        return 0;
    }

    SourceExtractor extractor();

    TableLoader loader();
}
