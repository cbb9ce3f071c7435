package dev.dvt.core.adapter.spark;

import dev.dvt.core.adapter.hive.HiveDialect;
import dev.dvt.core.dialect.IncrementalStrategy;
import java.util.EnumSet;
import java.util.Set;

/** Apache Spark SQL: Hive's syntax; MERGE works on Delta, Iceberg and Hudi tables. */
public class SparkDialect extends HiveDialect {
    public static final SparkDialect DEFAULT = new SparkDialect();

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public Set<IncrementalStrategy> incrementalStrategies() {
        return EnumSet.of(IncrementalStrategy.APPEND, IncrementalStrategy.MERGE, IncrementalStrategy.INSERT_OVERWRITE);
    }
}
