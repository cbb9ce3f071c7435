package dev.dvt.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.core.database.ClasspathLocator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one test that uses the real Maven Central; skipped only when it cannot be reached. */
class MavenCentralSyncTest {
    @TempDir
    Path temp;

    @Test
    void resolvesThePostgresDriverFromMavenCentral() throws IOException {
        URI central = URI.create(MavenArtifactResolver.CENTRAL_URL);
        Assumptions.assumeTrue(reachable(central.getHost(), 443), "Maven Central is unreachable");

        SyncRequest request = SyncRequest.builder().adapterType("postgres").cacheRoot(temp).settingsFile(null).build();
        SyncReport report = new SyncEngine().run(request, SyncListener.NONE);

        assertThat(report.items()).singleElement().satisfies(i -> {
            assertThat(i.status()).as(i.message()).isEqualTo(ItemResult.Status.INSTALLED);
            assertThat(i.sizeBytes()).isGreaterThan(500_000);
        });
        Path jar = new ClasspathLocator(temp).requireDriverJars("postgres").get(0);
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getEntry("org/postgresql/Driver.class")).isNotNull();
        }
    }

    private static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 3000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
