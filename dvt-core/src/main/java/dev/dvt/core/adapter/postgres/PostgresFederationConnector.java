package dev.dvt.core.adapter.postgres;

import dev.dvt.spi.FederationConnector;
import dev.dvt.spi.SourceExtractor;
import dev.dvt.spi.TableLoader;
import java.util.Set;

/** PostgreSQL's bulk paths: COPY TO STDOUT for extraction, COPY FROM STDIN for loading. */
public final class PostgresFederationConnector implements FederationConnector {
    private static final Set<String> TYPES = Set.of("postgres", "greenplum", "alloydb", "timescaledb");

    @Override
    public boolean handles(String adapterType) {
        return TYPES.contains(adapterType);
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public SourceExtractor extractor() {
        return new PostgresExtractor();
    }

    @Override
    public TableLoader loader() {
        return new PostgresLoader();
    }
}
