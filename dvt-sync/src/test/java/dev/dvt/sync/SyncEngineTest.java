package dev.dvt.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.database.ClasspathLocator;
import dev.dvt.core.database.DatabaseCatalog;
import dev.dvt.core.database.InstalledManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncEngineTest {
    private static final String POSTGRES = DatabaseCatalog.require("postgres").driverArtifact().orElseThrow();
    private static final String MYSQL = DatabaseCatalog.require("mysql").driverArtifact().orElseThrow();
    private static final String CHECKER = "org.checkerframework:checker-qual:3.0.0";

    @TempDir
    Path temp;

    private TestingMavenRepository repository;
    private Path cache;
    private final SyncEngine engine = new SyncEngine();

    @BeforeEach
    void setUp() throws IOException {
        repository = new TestingMavenRepository(temp.resolve("repo"));
        repository.deploy(POSTGRES, CHECKER).deploy(CHECKER);
        cache = temp.resolve("dvt-home");
    }

    private SyncRequest.Builder request(String... adapterTypes) {
        return SyncRequest.builder()
                .adapterTypes(List.of(adapterTypes))
                .cacheRoot(cache)
                .settingsFile(null)
                .repository("local=" + repository.url());
    }

    private static final class CountingListener implements SyncListener {
        final AtomicLong downloads = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();

        @Override
        public void downloadProgressed(SyncItem item, String file, long transferred, long total) {
            downloads.incrementAndGet();
            bytes.accumulateAndGet(transferred, Math::max);
        }
    }

    @Test
    void installsDriverWithTransitiveDependenciesAndManifest() throws IOException {
        CountingListener listener = new CountingListener();
        SyncReport report = engine.run(request("postgres").build(), listener);

        assertThat(report.items()).singleElement().satisfies(item -> {
            assertThat(item.name()).isEqualTo("postgres");
            assertThat(item.status()).isEqualTo(ItemResult.Status.INSTALLED);
            assertThat(item.sizeBytes()).isPositive();
        });
        assertThat(report.succeeded()).isTrue();
        assertThat(listener.downloads.get()).isPositive();
        assertThat(listener.bytes.get()).isPositive();

        Path dir = cache.resolve("drivers/postgres");
        InstalledManifest manifest = InstalledManifest.read(dir).orElseThrow();
        assertThat(manifest.coordinates()).containsExactly(POSTGRES);
        assertThat(manifest.files()).extracting(InstalledManifest.InstalledFile::file)
                .containsExactly("postgresql-" + SyncPlanner.versionOf(POSTGRES) + ".jar", "checker-qual-3.0.0.jar");
        InstalledManifest.InstalledFile first = manifest.files().get(0);
        assertThat(first.sha256()).isEqualTo(FileHashes.sha256(repository.jarFile(POSTGRES)));
        assertThat(new ClasspathLocator(cache).driverJars("greenplum"))
                .containsExactly(dir.resolve(first.file()), dir.resolve("checker-qual-3.0.0.jar"));
        assertThat(cache.resolve(".staging")).isEmptyDirectory();
    }

    @Test
    void secondSyncUsesOnlyTheCache() throws IOException {
        engine.run(request("postgres").build(), SyncListener.NONE);
        deleteRecursively(repository.root());

        CountingListener listener = new CountingListener();
        SyncReport again = engine.run(request("postgres").build(), listener);
        SyncReport offline = engine.run(request("postgres").offline(true).build(), listener);

        assertThat(again.items()).extracting(ItemResult::status).containsExactly(ItemResult.Status.CACHED);
        assertThat(again.items().get(0).sizeBytes()).isPositive();
        assertThat(offline.items()).extracting(ItemResult::status).containsExactly(ItemResult.Status.CACHED);
        assertThat(listener.downloads.get()).isZero();
    }

    @Test
    void damagedCacheIsReinstalled() throws IOException {
        engine.run(request("postgres").build(), SyncListener.NONE);
        Path jar = cache.resolve("drivers/postgres/checker-qual-3.0.0.jar");
        byte[] bytes = Files.readAllBytes(jar);
        bytes[bytes.length / 2] ^= 1;
        Files.write(jar, bytes);

        SyncReport report = engine.run(request("postgres").build(), SyncListener.NONE);

        assertThat(report.items()).extracting(ItemResult::status).containsExactly(ItemResult.Status.INSTALLED);
        assertThat(FileHashes.sha256(jar)).isEqualTo(FileHashes.sha256(repository.jarFile(CHECKER)));
    }

    @Test
    void checksumMismatchIsRefusedAndLeavesNothing() throws IOException {
        repository.corruptChecksums(CHECKER);

        SyncReport report = engine.run(request("postgres").build(), SyncListener.NONE);

        ItemResult result = report.items().get(0);
        assertThat(result.status()).isEqualTo(ItemResult.Status.FAILED);
        assertThat(result.message()).containsIgnoringCase("checksum").contains(POSTGRES);
        assertThat(report.succeeded()).isFalse();
        assertThat(cache.resolve("drivers/postgres")).doesNotExist();
        assertThat(cache.resolve(".staging")).isEmptyDirectory();
    }

    @Test
    void missingArtifactNamesTheCoordinates() {
        SyncReport report = engine.run(request("mysql").build(), SyncListener.NONE);

        ItemResult result = report.items().get(0);
        assertThat(result.status()).isEqualTo(ItemResult.Status.FAILED);
        assertThat(result.message()).contains(MYSQL).contains("Could not find artifact");
        assertThat(cache.resolve("drivers/mysql")).doesNotExist();
    }

    @Test
    void unreachableRepositoryFailsTheItemCleanly() {
        SyncRequest request = SyncRequest.builder().adapterType("postgres").cacheRoot(cache).settingsFile(null)
                .repository("http://127.0.0.1:9/maven2").build();

        SyncReport report = engine.run(request, SyncListener.NONE);

        assertThat(report.items().get(0).status()).isEqualTo(ItemResult.Status.FAILED);
        assertThat(report.items().get(0).message()).contains(POSTGRES).contains("127.0.0.1:9");
        assertThat(cache.resolve("drivers")).doesNotExist();
    }

    @Test
    void fullDiskOrUnwritableCacheLeavesNothingHalfInstalled() throws IOException {
        Files.createDirectories(cache);
        Files.writeString(cache.resolve("drivers"), "a file where a directory must go");

        SyncReport report = engine.run(request("postgres").build(), SyncListener.NONE);

        assertThat(report.items().get(0).status()).isEqualTo(ItemResult.Status.FAILED);
        assertThat(report.items().get(0).message()).contains("Cannot write postgres").contains("nothing was installed");
        assertThat(cache.resolve(".staging")).isEmptyDirectory();
    }

    @Test
    void offlineReportsWhatIsMissing() {
        SyncReport report = engine.run(request("postgres", "mysql").offline(true).build(), SyncListener.NONE);

        assertThat(report.items()).extracting(ItemResult::status)
                .containsOnly(ItemResult.Status.MISSING);
        assertThat(report.items()).extracting(ItemResult::message)
                .anySatisfy(m -> assertThat(m).contains(MYSQL).contains("--offline"))
                .anySatisfy(m -> assertThat(m).contains(POSTGRES));
        assertThat(report.succeeded()).isFalse();
        assertThat(cache).doesNotExist();
    }

    @Test
    void dryRunPlansWithoutWriting() {
        CountingListener listener = new CountingListener();
        SyncReport report = engine.run(request("postgres").sparkVersion("4.0.1").dryRun(true).build(), listener);

        assertThat(report.dryRun()).isTrue();
        assertThat(report.items()).extracting(ItemResult::name).containsExactly("postgres", "spark");
        assertThat(report.items()).extracting(ItemResult::status).containsOnly(ItemResult.Status.PLANNED);
        assertThat(report.items().get(1).message()).contains("org.apache.spark:spark-sql_2.13:4.0.1");
        assertThat(listener.downloads.get()).isZero();
        assertThat(cache).doesNotExist();
    }

    @Test
    void installsSparkAndTheLocatorFindsIt() throws IOException {
        repository.deploy("org.apache.spark:spark-catalyst_2.13:4.0.1", "org.scala-lang:scala-library:2.13.16")
                .deploy("org.apache.spark:spark-sql_2.13:4.0.1", "org.apache.spark:spark-catalyst_2.13:4.0.1")
                .deploy("org.scala-lang:scala-library:2.13.16");

        SyncReport report = engine.run(request().sparkVersion("4.0.1").javaVersion(17).build(), SyncListener.NONE);

        assertThat(report.items()).extracting(ItemResult::status).containsExactly(ItemResult.Status.INSTALLED);
        assertThat(report.notices()).isEmpty();
        ClasspathLocator locator = new ClasspathLocator(cache);
        assertThat(locator.sparkJars("4.0.1")).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("spark-sql_2.13-4.0.1.jar", "spark-catalyst_2.13-4.0.1.jar",
                        "scala-library-2.13.16.jar");
        assertThatThrownBy(() -> locator.sparkJars("3.5.7"))
                .isInstanceOf(DvtException.class)
                .hasMessage("Spark 3.5.7 is not installed: run `dvt sync`");
    }

    @Test
    void settingsMirrorRedirectsEveryRepository() throws IOException {
        Path settings = temp.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <mirrors>
                    <mirror><id>corp</id><mirrorOf>*</mirrorOf><url>%s</url></mirror>
                  </mirrors>
                </settings>
                """.formatted(repository.url()));
        SyncRequest request = SyncRequest.builder().adapterType("postgres").cacheRoot(cache)
                .settingsFile(settings).repository("http://127.0.0.1:9/unreachable").build();

        SyncReport report = engine.run(request, SyncListener.NONE);

        assertThat(report.items()).extracting(ItemResult::status).containsExactly(ItemResult.Status.INSTALLED);
    }

    @Test
    void unknownAdapterTypeIsAnError() {
        assertThatThrownBy(() -> engine.run(request("postgres", "nosuchdb").build(), SyncListener.NONE))
                .isInstanceOf(DvtException.class)
                .hasMessageContaining("Unknown adapter type 'nosuchdb'")
                .extracting(e -> ((DvtException) e).code()).isEqualTo(ErrorCode.SYNC);
        assertThat(cache).doesNotExist();
    }

    @Test
    void unknownSparkVersionIsAnError() {
        assertThatThrownBy(() -> engine.run(request().sparkVersion("2.4.8").build(), SyncListener.NONE))
                .isInstanceOf(DvtException.class)
                .hasMessageContaining("Unknown Spark version '2.4.8'")
                .hasMessageContaining("4.0");
        assertThatThrownBy(() -> engine.plan(request().sparkVersion("latest").build()))
                .hasMessageContaining("Unknown Spark version 'latest'");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
