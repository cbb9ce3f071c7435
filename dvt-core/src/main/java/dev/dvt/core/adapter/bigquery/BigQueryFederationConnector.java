package dev.dvt.core.adapter.bigquery;

import dev.dvt.core.bulk.WarehouseFederationConnector;

/** BigQuery: JDBC extraction; loads with its own COPY from a cloud staging bucket. */
public final class BigQueryFederationConnector extends WarehouseFederationConnector {
    public BigQueryFederationConnector() {
        super("bigquery");
    }
}
