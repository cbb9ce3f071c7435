package dev.dvt.core.adapter.snowflake;

import dev.dvt.core.bulk.WarehouseFederationConnector;

/** Snowflake: JDBC extraction; loads with its own COPY from a cloud staging bucket. */
public final class SnowflakeFederationConnector extends WarehouseFederationConnector {
    public SnowflakeFederationConnector() {
        super("snowflake");
    }
}
