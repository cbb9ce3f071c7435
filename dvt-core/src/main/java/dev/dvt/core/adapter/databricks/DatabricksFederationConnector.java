package dev.dvt.core.adapter.databricks;

import dev.dvt.core.adapter.generic.GenericJdbcExtractor;
import dev.dvt.core.bulk.CloudCopyLoader;
import dev.dvt.spi.FederationConnector;
import dev.dvt.spi.SourceExtractor;
import dev.dvt.spi.TableLoader;

/** Databricks: JDBC extraction; loads with the warehouse's own COPY from a cloud staging bucket. */
public final class DatabricksFederationConnector implements FederationConnector {
    @Override
    public boolean handles(String adapterType) {
        return adapterType.equals("databricks");
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public SourceExtractor extractor() {
        return new GenericJdbcExtractor();
    }

    @Override
    public TableLoader loader() {
        return new CloudCopyLoader("databricks");
    }
}
