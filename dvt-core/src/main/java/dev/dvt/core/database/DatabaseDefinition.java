package dev.dvt.core.database;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What DVT knows about one JDBC database family: the profile types it answers to, the driver
 * artifact `dvt sync` installs, the driver class, and how a profiles.yml output becomes a JDBC URL
 * plus connection properties.
 *
 * @param type canonical name, also the cache directory name ({@code drivers/<type>/})
 * @param types every profile {@code type} this definition handles, lower case, {@code type} first
 * @param driverArtifact Maven coordinates {@code group:artifact:version}, empty when none is published
 * @param driverClass JDBC driver class, empty when the type has no JDBC connection
 * @param urlTemplate JDBC URL template (see databases.yml for the syntax)
 * @param defaults values for placeholders the profile leaves out
 * @param typeDefaults per-type overrides of {@code defaults} (e.g. TiDB's port 4000)
 * @param properties JDBC connection property name to value template
 * @param secretKeys profile keys holding secrets: never logged, never put into a URL
 * @param aliases canonical profile key to other accepted spellings ({@code host} / {@code server})
 * @param note why something is missing or special, for messages
 */
public record DatabaseDefinition(
        String type,
        List<String> types,
        Optional<String> driverArtifact,
        Optional<String> driverClass,
        Optional<String> urlTemplate,
        Map<String, String> defaults,
        Map<String, Map<String, String>> typeDefaults,
        Map<String, String> properties,
        Set<String> secretKeys,
        Map<String, List<String>> aliases,
        Optional<String> note) {

    public DatabaseDefinition {
        requireNonNull(type, "type is null");
        types = List.copyOf(requireNonNull(types, "types is null"));
        requireNonNull(driverArtifact, "driverArtifact is null");
        requireNonNull(driverClass, "driverClass is null");
        requireNonNull(urlTemplate, "urlTemplate is null");
        defaults = Map.copyOf(requireNonNull(defaults, "defaults is null"));
        typeDefaults = Map.copyOf(requireNonNull(typeDefaults, "typeDefaults is null"));
        properties = Collections.unmodifiableMap(
                new LinkedHashMap<>(requireNonNull(properties, "properties is null")));
        secretKeys = Set.copyOf(requireNonNull(secretKeys, "secretKeys is null"));
        aliases = Map.copyOf(requireNonNull(aliases, "aliases is null"));
        requireNonNull(note, "note is null");
        if (types.isEmpty() || !types.get(0).equals(type)) {
            throw new IllegalArgumentException("types must start with " + type + ": " + types);
        }
    }

    /** True when this definition handles the profile type (case-insensitive, trimmed). */
    public boolean handles(String profileType) {
        return profileType != null && types.contains(normalize(profileType));
    }

    /** True when the profile key holds a secret that must never be shown. */
    public boolean isSecret(String key) {
        return key != null && secretKeys.contains(key.toLowerCase(Locale.ROOT));
    }

    /**
     * The JDBC URL for one profiles.yml output. Secrets never go into the URL; they are
     * connection properties.
     *
     * @throws DvtException (PROFILE) when the type has no JDBC URL or a required key is missing
     */
    public String jdbcUrl(Map<String, ?> profileOutput) {
        requireNonNull(profileOutput, "profileOutput is null");
        String template = urlTemplate.orElseThrow(() -> new DvtException(
                ErrorCode.PROFILE,
                "Adapter type '" + type + "' has no JDBC connection. " + note.orElse("")));
        ConnectionTemplate.Expansion url = ConnectionTemplate.expand(template, values(profileOutput));
        return url.text().orElseThrow(() -> new DvtException(
                ErrorCode.PROFILE,
                "The " + type + " profile output has no '" + url.missingKey().orElseThrow()
                        + "': add it to the output in profiles.yml."));
    }

    /** JDBC connection properties (user, password, tokens, …) for one profiles.yml output. */
    public Map<String, String> connectionProperties(Map<String, ?> profileOutput) {
        requireNonNull(profileOutput, "profileOutput is null");
        ConnectionTemplate.Values values = values(profileOutput);
        Map<String, String> result = new LinkedHashMap<>();
        properties.forEach((name, template) ->
                ConnectionTemplate.expand(template, values).text().ifPresent(v -> result.put(name, v)));
        return Collections.unmodifiableMap(result);
    }

    /** The value of a profile key, trying its aliases; blank counts as absent. */
    public Optional<String> profileValue(Map<String, ?> profileOutput, String key) {
        Optional<String> direct = text(profileOutput.get(key));
        if (direct.isPresent()) {
            return direct;
        }
        for (String alias : aliases.getOrDefault(key, List.of())) {
            Optional<String> value = text(profileOutput.get(alias));
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    static String normalize(String profileType) {
        return profileType.trim().toLowerCase(Locale.ROOT);
    }

    private ConnectionTemplate.Values values(Map<String, ?> profileOutput) {
        Map<String, String> effectiveDefaults = new LinkedHashMap<>(defaults);
        text(profileOutput.get("type"))
                .map(DatabaseDefinition::normalize)
                .map(typeDefaults::get)
                .ifPresent(effectiveDefaults::putAll);
        return new ConnectionTemplate.Values() {
            @Override
            public Optional<String> fromProfile(String key) {
                return profileValue(profileOutput, key);
            }

            @Override
            public Optional<String> fromDefaults(String key) {
                return Optional.ofNullable(effectiveDefaults.get(key));
            }
        };
    }

    private static Optional<String> text(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString().trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
