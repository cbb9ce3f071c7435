package dev.dvt.core.dialect;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the {@link SqlDialect} for a profile {@code type}, case-insensitively, aliases included.
 * Dialects are discovered with {@link ServiceLoader} from {@code META-INF/services}.
 */
public final class DialectRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(DialectRegistry.class);

    private static final DialectRegistry DISCOVERED = new DialectRegistry(
            ServiceLoader.load(SqlDialect.class, DialectRegistry.class.getClassLoader()).stream()
                    .map(ServiceLoader.Provider::get).toList());

    private final Map<String, SqlDialect> byType;

    public DialectRegistry(Collection<? extends SqlDialect> dialects) {
        Map<String, SqlDialect> map = new TreeMap<>();
        for (SqlDialect dialect : dialects) {
            for (String type : dialect.adapterTypes()) {
                SqlDialect previous = map.put(type.toLowerCase(Locale.ROOT), dialect);
                if (previous != null) {
                    throw new DvtException(ErrorCode.INTERNAL, "Adapter type '" + type + "' is claimed by both "
                            + previous + " and " + dialect);
                }
            }
        }
        this.byType = Map.copyOf(map);
        LOG.debug("Dialects for adapter types {}", map.keySet());
    }

    /** The registry of every dialect on the class path. */
    public static DialectRegistry discovered() {
        return DISCOVERED;
    }

    /** Shorthand for {@code discovered().dialectFor(adapterType)}. */
    public static SqlDialect forType(String adapterType) {
        return DISCOVERED.dialectFor(adapterType);
    }

    public SqlDialect dialectFor(String adapterType) {
        requireNonNull(adapterType, "adapterType is null");
        SqlDialect dialect = byType.get(adapterType.trim().toLowerCase(Locale.ROOT));
        if (dialect == null) {
            throw new DvtException(ErrorCode.PROFILE, "No SQL dialect for adapter type '" + adapterType
                    + "'. Known types: " + String.join(", ", knownTypes()));
        }
        return dialect;
    }

    public boolean isKnown(String adapterType) {
        return adapterType != null && byType.containsKey(adapterType.trim().toLowerCase(Locale.ROOT));
    }

    public SortedSet<String> knownTypes() {
        return new TreeSet<>(byType.keySet());
    }

    /**
     * The transpiler's read dialect for an adapter type (§4.4, G61): the dialect's own choice for a
     * known type, else the type's lower-case name, so unknown types still get a best effort.
     */
    public String transpilerDialect(String adapterType) {
        String type = requireNonNull(adapterType, "adapterType is null").trim().toLowerCase(Locale.ROOT);
        SqlDialect dialect = byType.get(type);
        return dialect == null ? type : dialect.transpilerDialect();
    }

    List<SqlDialect> dialects() {
        return byType.values().stream().distinct().toList();
    }
}
