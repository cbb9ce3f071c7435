package dev.dvt.core.adapter.duckdb;

import dev.dvt.spi.FederationConnector;
import dev.dvt.spi.SourceExtractor;
import dev.dvt.spi.TableLoader;

/** DuckDB reads and writes Parquet natively. */
public final class DuckDbFederationConnector implements FederationConnector {
    @Override
    public boolean handles(String adapterType) {
        return adapterType.equals("duckdb");
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public SourceExtractor extractor() {
        return new DuckDbExtractor();
    }

    @Override
    public TableLoader loader() {
        return new DuckDbLoader();
    }
}
