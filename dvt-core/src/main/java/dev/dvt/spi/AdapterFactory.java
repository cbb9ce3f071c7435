package dev.dvt.spi;

import dev.dvt.core.config.TargetConfig;

/**
 * Creates adapters for profile {@code type}s; found with {@link java.util.ServiceLoader} from
 * {@code META-INF/services/dev.dvt.spi.AdapterFactory}. When several factories handle a type, the
 * one with the highest {@link #priority()} wins, so a specialised adapter can replace a generic one.
 */
public interface AdapterFactory {

    /** The canonical type name, listed in "unknown type" errors. */
    String name();

    /** Whether this factory serves profile {@code type} (lower case). */
    boolean handles(String profileType);

    default int priority() {
        return 0;
    }

    /**
     * Creates the adapter for one target. Connections may be opened lazily.
     *
     * @throws dev.dvt.core.DvtException PROFILE for a missing or bad key, CONNECTION when it cannot connect
     */
    Adapter create(TargetConfig target, AdapterEnvironment env);
}
