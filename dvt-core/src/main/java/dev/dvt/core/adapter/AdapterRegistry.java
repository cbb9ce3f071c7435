package dev.dvt.core.adapter;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.TargetConfig;
import dev.dvt.core.database.DatabaseCatalog;
import dev.dvt.spi.Adapter;
import dev.dvt.spi.AdapterEnvironment;
import dev.dvt.spi.AdapterFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;

/** Picks the {@link AdapterFactory} for a target's profile {@code type} and creates its adapter. */
public final class AdapterRegistry {

    private static final AdapterRegistry DISCOVERED = new AdapterRegistry(
            ServiceLoader.load(AdapterFactory.class, AdapterRegistry.class.getClassLoader()).stream()
                    .map(ServiceLoader.Provider::get).toList());

    private final List<AdapterFactory> factories;

    public AdapterRegistry(List<AdapterFactory> factories) {
        this.factories = List.copyOf(factories);
    }

    /** Every factory on the class path. */
    public static AdapterRegistry discovered() {
        return DISCOVERED;
    }

    /** Shorthand for {@code discovered().createAdapter(target, env)}. */
    public static Adapter create(TargetConfig target, AdapterEnvironment env) {
        return DISCOVERED.createAdapter(target, env);
    }

    public Adapter createAdapter(TargetConfig target, AdapterEnvironment env) {
        requireNonNull(target, "target is null");
        requireNonNull(env, "env is null");
        AdapterFactory factory = factoryFor(target.type()).orElseThrow(() -> new DvtException(ErrorCode.PROFILE,
                "Target '" + target.name() + "' has type '" + target.type() + "', which no installed adapter"
                        + " handles. Known types: " + String.join(", ", knownTypes())));
        return factory.create(target, env);
    }

    /** The highest-priority factory handling {@code type}. */
    public Optional<AdapterFactory> factoryFor(String type) {
        String t = requireNonNull(type, "type is null").trim().toLowerCase(Locale.ROOT);
        return factories.stream().filter(f -> f.handles(t)).max(Comparator.comparingInt(AdapterFactory::priority));
    }

    /** Every profile type some factory handles: the catalog's types and the factories' own names. */
    public List<String> knownTypes() {
        TreeSet<String> types = new TreeSet<>();
        factories.forEach(f -> types.add(f.name()));
        types.addAll(DatabaseCatalog.types());
        types.removeIf(t -> factoryFor(t).isEmpty());
        return List.copyOf(types);
    }
}
