package dev.dvt.core.adapter.databricks;

import dev.dvt.core.adapter.spark.SparkDialect;
import dev.dvt.core.dialect.CanonicalType;
import dev.dvt.core.dialect.IncrementalStrategy;
import java.util.EnumSet;
import java.util.Set;

/** Databricks: Spark SQL with Unity Catalog (catalog.schema.table) and TIMESTAMP_NTZ. */
public class DatabricksDialect extends SparkDialect {
    public static final DatabricksDialect DEFAULT = new DatabricksDialect();

    @Override
    public String name() {
        return "databricks";
    }

    @Override
    public boolean supportsCatalogs() {
        return true;
    }

    @Override
    protected String typeName(CanonicalType type) {
        return type == CanonicalType.TIMESTAMP ? "TIMESTAMP_NTZ" : super.typeName(type);
    }

    @Override
    public Set<IncrementalStrategy> incrementalStrategies() {
        return EnumSet.of(IncrementalStrategy.APPEND, IncrementalStrategy.MERGE,
                IncrementalStrategy.DELETE_INSERT, IncrementalStrategy.INSERT_OVERWRITE);
    }
}
