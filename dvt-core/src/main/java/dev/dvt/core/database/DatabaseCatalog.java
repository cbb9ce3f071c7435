package dev.dvt.core.database;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The JDBC databases DVT knows, read once from {@code dev/dvt/core/database/databases.yml} — the
 * single place where driver versions are pinned.
 */
public final class DatabaseCatalog {
    private static final String RESOURCE = "databases.yml";

    private final List<DatabaseDefinition> definitions;

    private DatabaseCatalog(List<DatabaseDefinition> definitions) {
        this.definitions = List.copyOf(definitions);
    }

    /** The definition for a profile type (case-insensitive, trimmed), if DVT knows it. */
    public static Optional<DatabaseDefinition> find(String profileType) {
        if (profileType == null || profileType.isBlank()) {
            return Optional.empty();
        }
        return Holder.STANDARD.definitions.stream().filter(d -> d.handles(profileType)).findFirst();
    }

    /**
     * Like {@link #find} but fails with a message listing the known types.
     *
     * @throws DvtException (PROFILE) for an unknown type
     */
    public static DatabaseDefinition require(String profileType) {
        return find(profileType).orElseThrow(() -> new DvtException(
                ErrorCode.PROFILE,
                "Unknown adapter type '" + profileType + "'. Known types: " + String.join(", ", types())));
    }

    /** Every definition, in the order of databases.yml. */
    public static List<DatabaseDefinition> definitions() {
        return Holder.STANDARD.definitions;
    }

    /** Every profile type any definition handles, sorted. */
    public static SortedSet<String> types() {
        SortedSet<String> all = new TreeSet<>();
        Holder.STANDARD.definitions.forEach(d -> all.addAll(d.types()));
        return all;
    }

    /** Lazy holder: the YAML is parsed on first use only. */
    private static final class Holder {
        static final DatabaseCatalog STANDARD = load();
    }

    private static DatabaseCatalog load() {
        try (InputStream in = DatabaseCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new DvtException(ErrorCode.INTERNAL, "Resource " + RESOURCE + " is missing from dvt-core");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return parse(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DatabaseCatalog parse(Map<String, Object> root) {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        map(root.get("aliases")).forEach((key, value) -> aliases.put(key, strings(value)));
        List<String> commonSecrets = strings(root.get("secrets"));
        List<DatabaseDefinition> definitions = new ArrayList<>();
        map(root.get("databases")).forEach((type, body) ->
                definitions.add(definition(type, map(body), aliases, commonSecrets)));
        return new DatabaseCatalog(definitions);
    }

    private static DatabaseDefinition definition(
            String type, Map<String, Object> body, Map<String, List<String>> aliases, List<String> commonSecrets) {
        Set<String> secrets = new LinkedHashSet<>(commonSecrets);
        strings(body.get("secrets")).forEach(s -> secrets.add(s.toLowerCase(Locale.ROOT)));
        Map<String, Map<String, String>> typeDefaults = new LinkedHashMap<>();
        map(body.get("type_defaults")).forEach((t, values) -> typeDefaults.put(t, texts(values)));
        return new DatabaseDefinition(
                type,
                strings(body.getOrDefault("types", List.of(type))),
                text(body.get("artifact")),
                text(body.get("driver")),
                text(body.get("url")),
                texts(body.get("defaults")),
                typeDefaults,
                texts(body.get("properties")),
                secrets,
                aliases,
                text(body.get("note")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    private static Map<String, String> texts(Object value) {
        Map<String, String> result = new LinkedHashMap<>();
        map(value).forEach((k, v) -> result.put(k, String.valueOf(v)));
        return result;
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }

    private static Optional<String> text(Object value) {
        return value == null ? Optional.empty() : Optional.of(String.valueOf(value).trim());
    }
}
