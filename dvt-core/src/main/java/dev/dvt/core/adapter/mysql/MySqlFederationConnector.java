package dev.dvt.core.adapter.mysql;

import dev.dvt.spi.FederationConnector;
import dev.dvt.spi.SourceExtractor;
import dev.dvt.spi.TableLoader;
import java.util.Set;

/** MySQL and MariaDB: streamed JDBC reads, LOAD DATA LOCAL INFILE loads. */
public final class MySqlFederationConnector implements FederationConnector {
    private static final Set<String> TYPES = Set.of("mysql", "mariadb", "tidb", "singlestore");

    @Override
    public boolean handles(String adapterType) {
        return TYPES.contains(adapterType);
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public SourceExtractor extractor() {
        return new MySqlExtractor();
    }

    @Override
    public TableLoader loader() {
        return new MySqlLoader();
    }
}
