package dev.dvt.core.adapter.generic;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.adapter.ProfileKeys;
import dev.dvt.core.database.DatabaseDefinition;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a profiles.yml output reaches its database through the catalog's definition: the JDBC URL
 * (never holding a secret) and the connection properties (credentials included).
 *
 * @param jdbcUrl the expanded URL template
 * @param properties expanded property templates; absent values are left out
 */
public record GenericConnection(String jdbcUrl, Properties properties) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    public GenericConnection {
        requireNonNull(jdbcUrl, "jdbcUrl is null");
        Properties copy = new Properties();
        copy.putAll(requireNonNull(properties, "properties is null"));
        properties = copy;
    }

    @Override
    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    /**
     * Builds the connection and marks every key the templates use (and its aliases) as read.
     *
     * @throws dev.dvt.core.DvtException PROFILE when a required key is missing
     */
    public static GenericConnection from(DatabaseDefinition definition, ProfileKeys keys) {
        Map<String, Object> output = keys.target().asMap();
        templateKeys(definition).forEach(key -> {
            keys.accept(key);
            keys.accept(definition.aliases().getOrDefault(key, List.of()).toArray(String[]::new));
        });
        String url = definition.jdbcUrl(output);
        Properties properties = new Properties();
        properties.putAll(definition.connectionProperties(output));
        return new GenericConnection(url, properties);
    }

    /** Every profile key the URL and property templates of a definition refer to. */
    static Set<String> templateKeys(DatabaseDefinition definition) {
        Set<String> keys = new LinkedHashSet<>();
        definition.urlTemplate().ifPresent(t -> collect(t, keys));
        definition.properties().values().forEach(t -> collect(t, keys));
        return keys;
    }

    private static void collect(String template, Set<String> keys) {
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            String expression = m.group(1);
            int question = expression.indexOf('?');
            String names = question >= 0 ? expression.substring(0, question) : expression;
            keys.addAll(List.of(names.split("\\|")));
        }
    }

    @Override
    public String toString() {
        return "GenericConnection[" + jdbcUrl + ", properties=" + properties.stringPropertyNames() + "]";
    }
}
