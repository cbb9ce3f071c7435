package dev.dvt.federation.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkWorkerJarTest {
    @TempDir
    Path dir;

    @Test
    void writesTheWorkerClassesAndItsLogSettingsIntoAContentNamedJar() throws Exception {
        Path jar = SparkWorkerJar.ensure(dir);

        assertThat(jar.getFileName().toString()).matches("worker-[0-9a-f]{16}\\.jar");
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("dev.dvt.spark.worker.SparkWorker");
            assertThat(file.getEntry("dev/dvt/spark/worker/SparkWorker.class")).isNotNull();
            assertThat(file.getEntry("dev/dvt/spark/worker/SparkJobRunner.class")).isNotNull();
            assertThat(file.getEntry("log4j2.properties")).isNotNull();
            assertThat(file.getEntry("dev/dvt/spark/worker/log4j2.properties")).isNull();
            assertThat(file.stream().map(e -> e.getName()))
                    .allMatch(name -> name.startsWith("dev/dvt/spark/worker/") || name.equals("log4j2.properties")
                            || name.startsWith("META-INF/"));
        }
    }

    @Test
    void reusesTheJarWhileTheClassesAreUnchanged() throws Exception {
        Path first = SparkWorkerJar.ensure(dir);
        long modified = Files.getLastModifiedTime(first).toMillis();
        Path second = SparkWorkerJar.ensure(dir);
        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(second).toMillis()).isEqualTo(modified);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(first);
        }
    }
}
