package dev.dvt.federation.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.config.ComputeConfig;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkLaunchTest {
    private static SparkLaunch launch(String master, Map<String, String> config) {
        return new SparkLaunch(new ComputeConfig.Spark("s", "4.0.1", master, config,
                ComputeConfig.JdbcExtraction.DEFAULT, ComputeConfig.JdbcLoad.DEFAULT));
    }

    @Test
    void commandHasHeapModuleFlagsClasspathAndMainClassButNoSettings() {
        Map<String, String> config = Map.of("spark.driver.memory", "3g", "spark.hadoop.fs.s3a.secret.key", "hush");
        List<String> command = launch("local[*]", config).command(Path.of("/jdk/bin/java"), Path.of("/c/worker.jar"),
                List.of(Path.of("/c/spark-core.jar"), Path.of("/c/spark-sql.jar")));

        assertThat(command.get(0)).isEqualTo("/jdk/bin/java");
        assertThat(command).contains("-Xmx3g", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "-Dio.netty.tryReflectionSetAccessible=true");
        assertThat(command.subList(command.size() - 3, command.size())).containsExactly("-cp",
                String.join(File.pathSeparator, "/c/worker.jar", "/c/spark-core.jar", "/c/spark-sql.jar"),
                "dev.dvt.spark.worker.SparkWorker");
        assertThat(String.join(" ", command)).doesNotContain("hush");
    }

    @Test
    void driverJavaOptionsAndExtraClasspathAreJvmFlags() {
        List<String> command = launch("local[*]", Map.of("spark.driver.extraJavaOptions", " -Da=1   -Db=2 ",
                "spark.driver.extraClassPath", "/x/extra.jar")).command(Path.of("java"), Path.of("w.jar"), List.of());
        assertThat(command).contains("-Xmx1g", "-Da=1", "-Db=2");
        assertThat(command.get(command.size() - 2)).isEqualTo("w.jar" + File.pathSeparator + "/x/extra.jar");
    }

    @Test
    void settingsStartFromDvtDefaultsAndComputesYmlWins() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("spark.ui.enabled", "true");
        config.put("spark.sql.shuffle.partitions", "8");
        assertThat(launch("local[4]", config).settings())
                .containsEntry("spark.ui.enabled", "true")
                .containsEntry("spark.sql.shuffle.partitions", "8")
                .containsEntry("spark.driver.bindAddress", "127.0.0.1")
                .containsEntry("spark.driver.host", "127.0.0.1")
                .containsEntry("spark.sql.session.timeZone", "UTC")
                .containsEntry("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    }

    @Test
    void aSparkConnectClientGetsASmallHeapAndOnlySessionSettings() {
        Map<String, String> config = Map.of("spark.driver.memory", "8g", "spark.driver.extraJavaOptions", "-Dx=1",
                "spark.sql.shuffle.partitions", "4");
        SparkLaunch launch = launch("sc://spark.example.com:15002/;token=abc", config);

        List<String> command = launch.command(Path.of("java"), Path.of("w.jar"), List.of(Path.of("client.jar")));
        assertThat(command).contains("-Xmx512m").doesNotContain("-Xmx8g", "-Dx=1");
        assertThat(command.get(command.size() - 2)).isEqualTo("w.jar" + File.pathSeparator + "client.jar");
        // the server owns the driver: what computes.yml asks of it is passed on, for the server to accept or refuse
        assertThat(launch.settings())
                .doesNotContainKeys("spark.ui.enabled", "spark.driver.bindAddress", "spark.driver.host")
                .containsEntry("spark.sql.session.timeZone", "UTC")
                .containsEntry("spark.sql.shuffle.partitions", "4")
                .containsEntry("spark.driver.memory", "8g");
    }

    @Test
    void aSparkConnectSessionTakesBucketSettingsAsPlainHadoopKeys() {
        assertThat(launch("sc://h", Map.of()).hadoopKey("spark.hadoop.fs.s3a.bucket.b.endpoint")).isEqualTo("fs.s3a.bucket.b.endpoint");
        assertThat(launch("local[*]", Map.of()).hadoopKey("spark.hadoop.fs.s3a.bucket.b.endpoint"))
                .isEqualTo("spark.hadoop.fs.s3a.bucket.b.endpoint");
    }

    @Test
    void aClusterMasterKeepsTheDriverHostSparkChooses() {
        assertThat(launch(" spark://head:7077 ", Map.of()).settings()).doesNotContainKey("spark.driver.host");
        assertThat(launch(" spark://head:7077 ", Map.of()).master()).isEqualTo("spark://head:7077");
    }

    @Test
    void driverMemoryBecomesAHeapSize() {
        assertThat(SparkLaunch.heap("2g")).isEqualTo("2g");
        assertThat(SparkLaunch.heap("512M")).isEqualTo("512m");
        assertThat(SparkLaunch.heap("4gb")).isEqualTo("4g");
        assertThat(SparkLaunch.heap("2048")).isEqualTo("2048m");
        assertThat(SparkLaunch.heap("1t")).isEqualTo("1024g");
        assertThatThrownBy(() -> SparkLaunch.heap("lots")).isInstanceOf(DvtException.class)
                .hasMessageContaining("spark.driver.memory 'lots'");
    }
}
