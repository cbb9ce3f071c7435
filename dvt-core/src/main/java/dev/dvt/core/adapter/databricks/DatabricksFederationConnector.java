package dev.dvt.core.adapter.databricks;

import dev.dvt.core.bulk.WarehouseFederationConnector;

/** Databricks: JDBC extraction; loads with its own COPY from a cloud staging bucket. */
public final class DatabricksFederationConnector extends WarehouseFederationConnector {
    public DatabricksFederationConnector() {
        super("databricks");
    }
}
