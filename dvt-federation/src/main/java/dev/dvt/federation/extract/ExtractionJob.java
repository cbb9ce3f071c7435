package dev.dvt.federation.extract;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.config.ComputeConfig;
import dev.dvt.federation.plan.SourcePlan;
import dev.dvt.spi.ConnectionSource;

/**
 * One input of a federated model to bring into the staging bucket. {@code localFiles} false means
 * the compute reads a cloud bucket itself, so unchanged data need not be downloaded.
 */
public record ExtractionJob(SourcePlan plan, SourceTable table, ConnectionSource source, boolean fullRefresh,
        ComputeConfig.JdbcExtraction settings, boolean localFiles) {
    public ExtractionJob(SourcePlan plan, SourceTable table, ConnectionSource source, boolean fullRefresh,
            ComputeConfig.JdbcExtraction settings) {
        this(plan, table, source, fullRefresh, settings, true);
    }

    public ExtractionJob {
        requireNonNull(plan, "plan is null");
        requireNonNull(table, "table is null");
        requireNonNull(source, "source is null");
        requireNonNull(settings, "settings is null");
    }

    public String sourceUniqueId() {
        return plan.key();
    }

    /** The adapter type of the source's database. */
    public String adapterType() {
        return plan.input().dialect();
    }
}
