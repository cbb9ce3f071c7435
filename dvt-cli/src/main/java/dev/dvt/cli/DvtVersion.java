package dev.dvt.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Version lines for {@code dvt --version}: ours, and the dbt version whose behaviour we follow. */
public final class DvtVersion implements IVersionProvider {
    /** The dbt-core release whose projects, flags and artifacts DVT is compatible with. */
    public static final String DBT_COMPATIBLE = "1.9.0";

    public static String version() {
        try (InputStream in = DvtVersion.class.getResourceAsStream("/dev/dvt/cli/version.properties")) {
            Properties props = new Properties();
            if (in != null) {
                props.load(in);
            }
            return props.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "dvt " + version(),
            "  compatible with dbt-core " + DBT_COMPATIBLE + " projects and artifacts",
            "  Java " + Runtime.version()
        };
    }
}
