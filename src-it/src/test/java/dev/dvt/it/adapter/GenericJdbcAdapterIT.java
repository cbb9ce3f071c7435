package dev.dvt.it.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvt.core.adapter.generic.GenericJdbcAdapter;
import dev.dvt.core.adapter.generic.GenericJdbcAdapterFactory;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.it.TestingPostgresServer;
import dev.dvt.spi.Adapter;
import dev.dvt.spi.AdapterEnvironment;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generic JDBC adapter against PostgreSQL, with pgjdbc "installed" into a private driver
 * cache as `dvt sync` would: the driver loads in its own class loader, relations and columns come
 * from DatabaseMetaData, seeds from batched INSERTs.
 */
class GenericJdbcAdapterIT extends BaseAdapterIT {
    private TestingPostgresServer server;
    private GenericJdbcAdapterFactory factory;

    @BeforeEach
    void setUp() throws IOException, URISyntaxException {
        server = new TestingPostgresServer();
        Path jar = Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path drivers = dir.resolve("home/drivers/postgres");
        Files.createDirectories(drivers);
        Files.copy(jar, drivers.resolve(jar.getFileName()));
        factory = GenericJdbcAdapterFactory.withCache(dir.resolve("home"));
    }

    @AfterEach
    void dropDatabase() {
        closeAdapters();
        server.close();
    }

    @Override
    Adapter create(TargetConfig target) {
        return factory.create(target, AdapterEnvironment.of(dir, 2));
    }

    @Override
    Map<String, Object> connectionKeys() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("host", TestingPostgresServer.HOST);
        keys.put("port", TestingPostgresServer.PORT);
        keys.put("user", TestingPostgresServer.USER);
        return keys;
    }

    @Override
    String type() {
        return "postgres";
    }

    @Override
    String database() {
        return server.database();
    }

    @Override
    String hostKey() {
        return "host";
    }

    @Override
    String sleepSql() {
        return "select pg_sleep(30)";
    }

    @Override
    List<String> expectedSeedColumns() {
        return List.of("id:int4", "name:text", "score:float8", "born:date", "seen_at:timestamp", "active:bool");
    }

    @Test
    void theDriverComesFromTheInstalledJar() {
        GenericJdbcAdapter adapter = (GenericJdbcAdapter) open();
        assertThat(adapter.connection().jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/" + database());
        assertThat(adapter.execute("select 1", true).rows()).hasSize(1);
        assertThat(adapter.dispatchTypes()).containsExactly("postgres");
    }
}
