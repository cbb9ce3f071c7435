package dev.dvt.core.adapter.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.adapter.AdapterRegistry;
import dev.dvt.core.adapter.mysql.MySqlAdapterFactory;
import dev.dvt.core.adapter.postgres.PostgresAdapterFactory;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.core.database.DatabaseCatalog;
import dev.dvt.core.database.InstallCache;
import dev.dvt.core.dialect.DialectRegistry;
import dev.dvt.spi.Adapter;
import dev.dvt.spi.AdapterEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenericJdbcAdapterFactoryTest {
    @TempDir
    Path home;

    private final GenericJdbcAdapterFactory factory = new GenericJdbcAdapterFactory();

    private static TargetConfig target(String type, Map<String, Object> options) {
        return new TargetConfig("wh", type, 4, "analytics", null, options);
    }

    private static Map<String, Object> snowflakeKeys() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("account", "ab12345");
        keys.put("user", "loader");
        keys.put("password", "pw-secret-1");
        keys.put("database", "RAW");
        keys.put("warehouse", "wh_xs");
        return keys;
    }

    @Test
    void servesCatalogTypesWithoutABundledAdapterAtTheLowestPriority() {
        assertThat(factory.handles("snowflake")).isTrue();
        assertThat(factory.handles("redshift")).isTrue();
        assertThat(factory.handles("oracle")).isTrue();
        assertThat(factory.handles("synapse")).isTrue();
        assertThat(factory.handles("postgres")).isFalse();
        assertThat(factory.handles("mariadb")).isFalse();
        assertThat(factory.handles("duckdb")).isFalse();
        assertThat(factory.handles("spark")).isFalse();
        assertThat(factory.handles("nosuchdb")).isFalse();
        assertThat(factory.priority()).isNegative();
        assertThat(AdapterRegistry.discovered().knownTypes()).contains("duckdb", "mariadb", "postgres", "redshift",
                "snowflake", "trino").doesNotContain("generic-jdbc", "spark");

        AdapterRegistry registry = AdapterRegistry.discovered();
        assertThat(registry.factoryFor("postgres")).get().isInstanceOf(PostgresAdapterFactory.class);
        assertThat(registry.factoryFor("mariadb")).get().isInstanceOf(MySqlAdapterFactory.class);
        assertThat(registry.factoryFor("snowflake")).get().isInstanceOf(GenericJdbcAdapterFactory.class);
    }

    @Test
    void everyServedTypeHasADialect() {
        DatabaseCatalog.types().stream().filter(factory::handles)
                .forEach(type -> assertThat(DialectRegistry.discovered().isKnown(type)).as(type).isTrue());
    }

    @Test
    void aTypeNoAdapterServesIsAProfileErrorNamingTheTarget() {
        assertThatThrownBy(() -> AdapterRegistry.create(target("nosuchdb", Map.of()), AdapterEnvironment.of(home, 1)))
                .isInstanceOfSatisfying(DvtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROFILE))
                .hasMessageContaining("Target 'wh'").hasMessageContaining("'nosuchdb'")
                .hasMessageContaining("postgres").hasMessageContaining("snowflake");
    }

    @Test
    void aDriverThatIsNotInstalledSaysToRunSync() {
        GenericJdbcAdapterFactory empty = GenericJdbcAdapterFactory.withCache(home);
        assertThatThrownBy(() -> empty.create(target("snowflake", snowflakeKeys()), AdapterEnvironment.of(home, 1)))
                .isInstanceOfSatisfying(DvtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SYNC))
                .hasMessage("Target 'wh': The JDBC driver for snowflake is not installed: run `dvt sync`");
    }

    @Test
    void aJarWithoutTheDriverClassIsASyncError() throws IOException {
        Path dir = new InstallCache(home).driverDir("snowflake");
        Files.createDirectories(dir);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("other.jar")))) {
            zip.putNextEntry(new ZipEntry("README"));
            zip.closeEntry();
        }
        GenericJdbcAdapterFactory withJar = GenericJdbcAdapterFactory.withCache(home);
        assertThatThrownBy(() -> withJar.create(target("snowflake", snowflakeKeys()), AdapterEnvironment.of(home, 1)))
                .isInstanceOfSatisfying(DvtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SYNC))
                .hasMessageContaining("Target 'wh'")
                .hasMessageContaining("net.snowflake.client.jdbc.SnowflakeDriver")
                .hasMessageContaining("dvt sync");
    }

    @Test
    void loadsTheDriverFromItsJarInAClassLoaderOfItsOwn() throws Exception {
        Path jar = Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = home.resolve("drivers/postgres");
        Files.createDirectories(dir);
        Files.copy(jar, dir.resolve(jar.getFileName()));

        Driver driver = JdbcDriverLoader.isolated().load(DatabaseCatalog.require("postgres"),
                List.of(dir.resolve(jar.getFileName())), "wh");

        assertThat(driver.getClass().getName()).isEqualTo("org.postgresql.Driver");
        assertThat(driver.getClass().getClassLoader()).isNotSameAs(org.postgresql.Driver.class.getClassLoader());
        assertThat(driver.acceptsURL("jdbc:postgresql://localhost/db")).isTrue();
    }

    @Test
    void dispatchTypesFollowTheDialectFamily() {
        Driver driver = new org.postgresql.Driver();
        GenericConnection connection = new GenericConnection("jdbc:x", new java.util.Properties());
        try (Adapter redshift = new GenericJdbcAdapter(target("redshift", Map.of()), AdapterEnvironment.of(home, 1),
                DialectRegistry.forType("redshift"), driver, connection);
                Adapter synapse = new GenericJdbcAdapter(target("synapse", Map.of()), AdapterEnvironment.of(home, 1),
                        DialectRegistry.forType("synapse"), driver, connection);
                Adapter oracle = new GenericJdbcAdapter(target("oracle", Map.of()), AdapterEnvironment.of(home, 1),
                        DialectRegistry.forType("oracle"), driver, connection)) {
            assertThat(redshift.dispatchTypes()).containsExactly("redshift", "postgres");
            assertThat(synapse.dispatchTypes()).containsExactly("synapse", "sqlserver");
            assertThat(oracle.dispatchTypes()).containsExactly("oracle");
        }
    }
}
