package dev.dvt.federation.compute;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.config.ComputeConfig;
import dev.dvt.core.database.InstallCache;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What opening a Spark compute checks before any worker starts. No Spark needed. */
class SparkComputeConfigTest {
    @TempDir
    Path cacheRoot;

    private ComputeContext context() {
        return new ComputeContext(new InstallCache(cacheRoot), Optional.empty());
    }

    private static ComputeConfig.Spark spark(String version, String master) {
        return new ComputeConfig.Spark("big_spark", version, master, Map.of(),
                ComputeConfig.JdbcExtraction.DEFAULT, ComputeConfig.JdbcLoad.DEFAULT);
    }

    @Test
    void sparkNotInstalledSaysToRunDvtSyncAndNamesTheCompute() {
        assertThatThrownBy(() -> ComputeEngines.open(spark("4.0.1", "local[*]"), context()))
                .isInstanceOf(DvtException.class)
                .hasMessage("Spark 4.0.1 is not installed: run `dvt sync` (computes.yml compute 'big_spark')");
    }

    @Test
    void aComputeWithoutVersionIsRefused() {
        assertThatThrownBy(() -> ComputeEngines.open(spark(null, "local[*]"), context()))
                .isInstanceOf(DvtException.class)
                .hasMessageContaining("'big_spark' has no version");
    }

    @Test
    void sparkConnectBefore4IsRefusedBeforeAnythingIsLookedUp() {
        assertThatThrownBy(() -> ComputeEngines.open(spark("3.5.7", "sc://cluster:15002"), context()))
                .isInstanceOf(DvtException.class)
                .hasMessageContaining("'big_spark' has a Spark Connect master but version 3.5.7")
                .hasMessageContaining("4.0.1 or later");
    }

    @Test
    void aMalformedSparkConnectUrlIsAConfigError() {
        assertThatThrownBy(() -> ComputeEngines.open(spark("4.0.1", "sc://:15002"), context()))
                .isInstanceOf(DvtException.class)
                .hasMessageContaining("'sc://:15002', which is not a Spark Connect URL");
    }

    @Test
    void sparkConnectNeedsSparkInstalledToo() {
        assertThatThrownBy(() -> ComputeEngines.open(spark("4.0.1", "sc://cluster"), context()))
                .isInstanceOf(DvtException.class)
                .hasMessage("Spark 4.0.1 is not installed: run `dvt sync` (computes.yml compute 'big_spark')");
    }
}
