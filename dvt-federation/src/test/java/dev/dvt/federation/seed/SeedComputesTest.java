package dev.dvt.federation.seed;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.ComputeConfig;
import dev.dvt.core.config.ComputesConfig;
import dev.dvt.federation.compute.InputFormat;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedComputesTest {
    private static final ComputeConfig.DuckDb DUCKDB = new ComputeConfig.DuckDb("local_duckdb", null, null, null,
            ComputeConfig.JdbcExtraction.DEFAULT, ComputeConfig.JdbcLoad.DEFAULT);

    private static ComputeConfig.Spark spark(String name) {
        return new ComputeConfig.Spark(name, "4.0.1", "local[*]", Map.of(), ComputeConfig.JdbcExtraction.DEFAULT,
                ComputeConfig.JdbcLoad.DEFAULT);
    }

    @Test
    void orcOnTheDuckDbComputeNamesTheFileAndTheSparkComputesToPick() {
        ComputesConfig computes = new ComputesConfig(Path.of("/home/me/.dvt/computes.yml"), "local_duckdb",
                Map.of("local_duckdb", DUCKDB, "spark_big", spark("spark_big"), "spark4", spark("spark4")));

        DvtException e = catchThrowableOfType(DvtException.class, () -> SeedComputes.requireReadable(
                "seeds/codes.orc", InputFormat.ORC, DUCKDB, computes));

        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
        assertThat(e.getMessage()).isEqualTo("Seed file seeds/codes.orc is ORC, which the DuckDB compute 'local_duckdb'"
                + " cannot read. Pick a Spark compute with `-c <name>`: spark4, spark_big (for example"
                + " `dvt seed -c spark4`), or set `compute:` in the seed's config.");
    }

    @Test
    void orcWithoutAnySparkComputeSaysHowToAddOne() {
        DvtException e = catchThrowableOfType(DvtException.class, () -> SeedComputes.requireReadable(
                "seeds/codes.orc", InputFormat.ORC, DUCKDB, ComputesConfig.defaults()));
        assertThat(e.getMessage()).contains("seeds/codes.orc", "No Spark compute is configured",
                "no computes.yml is in use", "type: spark", "dvt sync", "-c <name>");
    }

    @Test
    void sparkReadsOrcAndDuckDbReadsParquetAndJson() {
        ComputesConfig computes = ComputesConfig.defaults();
        assertThatCode(() -> SeedComputes.requireReadable("seeds/c.orc", InputFormat.ORC, spark("spark4"), computes))
                .doesNotThrowAnyException();
        for (InputFormat format : new InputFormat[] {InputFormat.PARQUET, InputFormat.JSON_LINES, InputFormat.JSON_ARRAY}) {
            assertThatCode(() -> SeedComputes.requireReadable("seeds/c", format, DUCKDB, computes))
                    .doesNotThrowAnyException();
        }
    }
}
