package dev.dvt.core.bulk;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.adapter.generic.GenericJdbcExtractor;
import dev.dvt.spi.FederationConnector;
import dev.dvt.spi.SourceExtractor;
import dev.dvt.spi.TableLoader;

/**
 * A cloud warehouse (Snowflake, Databricks, Redshift, BigQuery): JDBC extraction, and loads with
 * the warehouse's own COPY from a cloud staging bucket (JDBC batches without one). Each
 * warehouse's package names its type with a subclass, found by {@link java.util.ServiceLoader}.
 */
public abstract class WarehouseFederationConnector implements FederationConnector {
    private final String warehouse;

    protected WarehouseFederationConnector(String warehouse) {
        this.warehouse = requireNonNull(warehouse, "warehouse is null");
    }

    @Override
    public boolean handles(String adapterType) {
        return adapterType.equals(warehouse);
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
        return new CloudCopyLoader(warehouse);
    }
}
