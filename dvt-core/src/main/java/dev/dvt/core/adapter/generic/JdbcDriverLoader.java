package dev.dvt.core.adapter.generic;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.database.DatabaseDefinition;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Driver;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads a JDBC driver from the jars {@code dvt sync} installed, in a class loader of its own whose
 * parent is the platform loader: the driver and its dependencies never clash with DVT's. One
 * loader per set of jars, shared by every target of that database, kept for the life of the JVM.
 */
final class JdbcDriverLoader {
    private static final Map<List<Path>, Driver> LOADED = new ConcurrentHashMap<>();

    private final ClassLoader parent;

    JdbcDriverLoader(ClassLoader parent) {
        this.parent = requireNonNull(parent, "parent is null");
    }

    static JdbcDriverLoader isolated() {
        return new JdbcDriverLoader(ClassLoader.getPlatformClassLoader());
    }

    /**
     * The driver of {@code definition} from {@code jars}.
     *
     * @throws DvtException SYNC when the jars do not hold the driver class
     */
    Driver load(DatabaseDefinition definition, List<Path> jars, String targetName) {
        String driverClass = definition.driverClass().orElseThrow(() -> new DvtException(ErrorCode.PROFILE,
                "Target '" + targetName + "': " + definition.type() + " has no JDBC driver. "
                        + definition.note().orElse("")));
        List<Path> key = jars.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        return LOADED.computeIfAbsent(key, k -> instantiate(definition, k, driverClass, targetName));
    }

    private Driver instantiate(DatabaseDefinition definition, List<Path> jars, String driverClass, String target) {
        URL[] urls = jars.stream().map(JdbcDriverLoader::url).toArray(URL[]::new);
        URLClassLoader loader = new URLClassLoader("dvt-driver-" + definition.type(), urls, parent);
        try {
            Class<?> type = Class.forName(driverClass, true, loader);
            return (Driver) type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new DvtException(ErrorCode.SYNC, "Target '" + target + "': the installed " + definition.type()
                    + " driver jars (" + jars.get(0).getParent() + ") do not provide " + driverClass + " ("
                    + e.getMessage() + "): run `dvt sync` again", e);
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw new DvtException(ErrorCode.SYNC, "Target '" + target + "': cannot load the " + definition.type()
                    + " driver " + driverClass + ": " + e, e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a file path: " + jar, e);
        }
    }
}
