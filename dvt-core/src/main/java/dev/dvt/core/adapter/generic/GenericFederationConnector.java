package dev.dvt.core.adapter.generic;

import dev.dvt.spi.FederationConnector;
import dev.dvt.spi.SourceExtractor;
import dev.dvt.spi.TableLoader;

/** Plain JDBC for every database without a connector of its own; the lowest priority. */
public final class GenericFederationConnector implements FederationConnector {
    @Override
    public boolean handles(String adapterType) {
        return true;
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public SourceExtractor extractor() {
        return new GenericJdbcExtractor();
    }

    @Override
    public TableLoader loader() {
        return new GenericJdbcLoader();
    }
}
