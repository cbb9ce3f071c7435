package dev.dvt.core.adapter.redshift;

import dev.dvt.core.bulk.WarehouseFederationConnector;

/** Redshift: JDBC extraction; loads with its own COPY from a cloud staging bucket. */
public final class RedshiftFederationConnector extends WarehouseFederationConnector {
    public RedshiftFederationConnector() {
        super("redshift");
    }
}
