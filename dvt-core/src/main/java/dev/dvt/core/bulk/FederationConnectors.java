package dev.dvt.core.bulk;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.spi.FederationConnector;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/** Picks the {@link FederationConnector} for an adapter type among those on the class path. */
public final class FederationConnectors {
    private static final FederationConnectors DISCOVERED = new FederationConnectors(
            ServiceLoader.load(FederationConnector.class, FederationConnectors.class.getClassLoader()).stream()
                    .map(ServiceLoader.Provider::get).toList());

    private final List<FederationConnector> connectors;

    public FederationConnectors(List<FederationConnector> connectors) {
        this.connectors = connectors.stream()
                .sorted(Comparator.comparingInt(FederationConnector::priority).reversed()).toList();
    }

    public static FederationConnectors discovered() {
        return DISCOVERED;
    }

    /** The highest-priority connector that handles the type. */
    public FederationConnector forType(String adapterType) {
        String type = requireNonNull(adapterType, "adapterType is null").trim().toLowerCase(Locale.ROOT);
        return connectors.stream().filter(c -> c.handles(type)).findFirst()
                .orElseThrow(() -> new DvtException(ErrorCode.FEDERATION, "No federation connector handles adapter type '"
                        + adapterType + "'"));
    }
}
