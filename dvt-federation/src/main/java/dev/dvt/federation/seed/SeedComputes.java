package dev.dvt.federation.seed;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.ComputeConfig;
import dev.dvt.core.config.ComputesConfig;
import dev.dvt.federation.compute.InputFormat;
import java.util.List;

/** Checks, before any data moves, that a seed's resolved compute can read its file. */
public final class SeedComputes {
    private SeedComputes() {
    }

    /**
     * @throws DvtException (CONFIG) when the compute cannot read the format, naming the file and
     *     the Spark computes of computes.yml to pick with {@code -c}
     */
    public static void requireReadable(String originalFilePath, InputFormat format, ComputeConfig compute,
            ComputesConfig computes) {
        if (!(compute instanceof ComputeConfig.DuckDb) || format.readableByDuckDb()) {
            return;
        }
        List<String> spark = computes.computes().values().stream().filter(c -> c instanceof ComputeConfig.Spark)
                .map(ComputeConfig::name).sorted().toList();
        String pick = spark.isEmpty()
                ? "No Spark compute is configured" + (computes.file() == null ? " (no computes.yml is in use)"
                        : " in " + computes.file()) + ": add one to computes.yml (type: spark, version: 4.0.1), run"
                        + " `dvt sync`, then pick it with `-c <name>`"
                : "Pick a Spark compute with `-c <name>`: " + String.join(", ", spark)
                        + " (for example `dvt seed -c " + spark.get(0) + "`), or set `compute:` in the seed's config";
        throw new DvtException(ErrorCode.CONFIG, "Seed file " + originalFilePath + " is ORC, which the DuckDB compute '"
                + compute.name() + "' cannot read. " + pick + ".");
    }
}
