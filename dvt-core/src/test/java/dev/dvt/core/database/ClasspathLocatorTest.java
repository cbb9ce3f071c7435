package dev.dvt.core.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathLocatorTest {
    @TempDir
    Path root;

    private InstallCache cache() {
        return new InstallCache(root);
    }

    private void install(Path dir, String kind, String sparkLine, String... files) throws IOException {
        Files.createDirectories(dir);
        List<InstalledManifest.InstalledFile> entries = new java.util.ArrayList<>();
        for (String file : files) {
            Files.writeString(dir.resolve(file), file);
            entries.add(new InstalledManifest.InstalledFile(file, "g:" + file + ":1", file.length(), "00"));
        }
        new InstalledManifest(kind, dir.getFileName().toString(), "1", sparkLine, List.of("g:a:1"), entries,
                "2026-01-01T00:00:00Z").write(dir);
    }

    @Test
    void layoutUnderTheRoot() {
        InstallCache cache = cache();
        assertThat(cache.driverDir("postgres")).isEqualTo(root.resolve("drivers/postgres"));
        assertThat(cache.sparkDir("4.0.1")).isEqualTo(root.resolve("spark/4.0.1"));
        assertThat(cache.connectorDir("s3-spark-4.0")).isEqualTo(root.resolve("connectors/s3-spark-4.0"));
        assertThatThrownBy(() -> cache.sparkDir("../etc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void manifestRoundTrips() throws IOException {
        install(root.resolve("x"), "driver", null, "a.jar");
        InstalledManifest manifest = InstalledManifest.read(root.resolve("x")).orElseThrow();
        assertThat(manifest.files()).extracting(InstalledManifest.InstalledFile::file).containsExactly("a.jar");
        assertThat(manifest.sparkLine()).isNull();
        assertThat(manifest.totalSize()).isEqualTo(5);
        assertThat(InstalledManifest.read(root.resolve("absent"))).isEmpty();
    }

    @Test
    void driverJarsComeFromTheCanonicalTypeDirectory() throws IOException {
        install(cache().driverDir("mysql"), "driver", null, "mysql-connector-j.jar", "protobuf.jar");
        ClasspathLocator locator = new ClasspathLocator(root);

        assertThat(locator.driverJars(" TiDB ")).extracting(p -> p.getFileName().toString())
                .containsExactly("mysql-connector-j.jar", "protobuf.jar");
        assertThat(locator.driverJars("oracle")).isEmpty();
    }

    @Test
    void handPlacedDriverJarsAreFound() throws IOException {
        Path impala = Files.createDirectories(cache().driverDir("impala"));
        Files.writeString(impala.resolve("ImpalaJDBC42.jar"), "jar");

        assertThat(new ClasspathLocator(root).requireDriverJars("impala")).containsExactly(impala.resolve("ImpalaJDBC42.jar"));
    }

    @Test
    void missingDriverSaysWhatToDo() {
        ClasspathLocator locator = new ClasspathLocator(root);
        assertThatThrownBy(() -> locator.requireDriverJars("snowflake"))
                .isInstanceOf(DvtException.class)
                .hasMessage("The JDBC driver for snowflake is not installed: run `dvt sync`")
                .extracting(e -> ((DvtException) e).code()).isEqualTo(ErrorCode.SYNC);
        assertThatThrownBy(() -> locator.requireDriverJars("impala")).hasMessageContaining("Cloudera");
        assertThatThrownBy(() -> locator.driverJars("nosuchdb")).hasMessageContaining("Unknown adapter type");
    }

    @Test
    void sparkJarsOrAClearError() throws IOException {
        install(cache().sparkDir("4.0.1"), "spark", "4.0", "spark-sql_2.13-4.0.1.jar", "scala-library.jar");
        ClasspathLocator locator = new ClasspathLocator(root);

        assertThat(locator.sparkJars("4.0.1")).hasSize(2);
        assertThat(locator.isSparkInstalled("4.0.1")).isTrue();
        assertThat(locator.isSparkInstalled("3.5.7")).isFalse();
        assertThatThrownBy(() -> locator.sparkJars("3.5.7"))
                .isInstanceOf(DvtException.class)
                .hasMessage("Spark 3.5.7 is not installed: run `dvt sync`");

        Files.delete(cache().sparkDir("4.0.1").resolve("scala-library.jar"));
        assertThatThrownBy(() -> locator.sparkJars("4.0.1"))
                .hasMessageContaining("incomplete")
                .hasMessageContaining("scala-library.jar");
    }

    @Test
    void connectorJarsMatchTheSparkLine() throws IOException {
        install(cache().connectorDir("s3-spark-4.0"), "connector", "4.0", "hadoop-aws-3.4.1.jar");
        install(cache().connectorDir("s3-spark-3.5"), "connector", "3.5", "hadoop-aws-3.3.4.jar");
        ClasspathLocator locator = new ClasspathLocator(root);

        assertThat(locator.connectorJars("4.0.1")).extracting(p -> p.getFileName().toString())
                .containsExactly("hadoop-aws-3.4.1.jar");
        assertThat(locator.connectorJars("4.1.0")).isEmpty();
    }
}
