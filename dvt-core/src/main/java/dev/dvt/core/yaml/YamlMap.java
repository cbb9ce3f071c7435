package dev.dvt.core.yaml;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A typed, position-aware view of one map of a {@link YamlDocument}. Every accessor that finds a
 * value of the wrong type throws a CONFIG error naming the key path, the expected type, the file
 * and the line. Absent keys and explicit nulls are treated alike.
 */
public final class YamlMap {
    private final YamlDocument document;
    private final Map<String, Object> map;
    private final String path;

    YamlMap(YamlDocument document, Map<String, Object> map, String path) {
        this.document = requireNonNull(document, "document is null");
        this.map = requireNonNull(map, "map is null");
        this.path = requireNonNull(path, "path is null");
    }

    public YamlDocument document() {
        return document;
    }

    /** The underlying mutable map (insertion ordered). */
    public Map<String, Object> raw() {
        return map;
    }

    /** Dotted key path of this map from the document root; empty for the root. */
    public String path() {
        return path;
    }

    public Set<String> keys() {
        return map.keySet();
    }

    public boolean has(String key) {
        return map.get(key) != null;
    }

    public Object get(String key) {
        return map.get(key);
    }

    /** Line of {@code key}, or of this map when the key is absent. */
    public int line(String key) {
        return document.lineOf(map, key);
    }

    /** Line on which this map starts. */
    public int line() {
        return document.lineOf(map);
    }

    /** Dotted path of a key of this map, for messages. */
    public String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** A CONFIG error located at {@code key}. */
    public DvtException error(String key, String message) {
        return error(ErrorCode.CONFIG, key, message);
    }

    public DvtException error(ErrorCode code, String key, String message) {
        return new DvtException(code, message, document.file(), line(key));
    }

    public Optional<String> string(String key) {
        Object value = map.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map || value instanceof List) {
            throw wrongType(key, "a string", value);
        }
        return Optional.of(String.valueOf(value));
    }

    public String string(String key, String defaultValue) {
        return string(key).orElse(defaultValue);
    }

    public String requiredString(String key) {
        return string(key).orElseThrow(() -> error(key, "'" + pathOf(key) + "' is required"));
    }

    /**
     * An integer value. Text holding a whole number is accepted, since rendered values such as
     * {@code "{{ env_var('PORT') }}"} come back as text.
     */
    public Optional<Long> longValue(String key) {
        Object value = map.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Integer || value instanceof Long) {
            return Optional.of(((Number) value).longValue());
        }
        if (value instanceof BigInteger big && big.bitLength() < 64) {
            return Optional.of(big.longValue());
        }
        if (value instanceof String text) {
            try {
                return Optional.of(Long.parseLong(text.strip()));
            } catch (NumberFormatException e) {
                throw wrongType(key, "an integer", value);
            }
        }
        throw wrongType(key, "an integer", value);
    }

    public Optional<Integer> integer(String key) {
        return longValue(key).map(v -> {
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw error(key, "'" + pathOf(key) + "' is out of range: " + v);
            }
            return v.intValue();
        });
    }

    public int integer(String key, int defaultValue) {
        return integer(key).orElse(defaultValue);
    }

    /** An integer that must be zero or more. */
    public int nonNegative(String key, int defaultValue) {
        int value = integer(key, defaultValue);
        if (value < 0) {
            throw error(key, "'" + pathOf(key) + "' must not be negative, got " + value);
        }
        return value;
    }

    /** An integer that must be one or more. */
    public int positive(String key, int defaultValue) {
        int value = integer(key, defaultValue);
        if (value < 1) {
            throw error(key, "'" + pathOf(key) + "' must be 1 or more, got " + value);
        }
        return value;
    }

    /** A boolean; the texts true/false/yes/no/on/off (any case) are accepted too. */
    public Optional<Boolean> bool(String key) {
        Object value = map.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        if (value instanceof String text) {
            switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> {
                    return Optional.of(true);
                }
                case "false", "no", "off" -> {
                    return Optional.of(false);
                }
                default -> throw wrongType(key, "true or false", value);
            }
        }
        throw wrongType(key, "true or false", value);
    }

    public boolean bool(String key, boolean defaultValue) {
        return bool(key).orElse(defaultValue);
    }

    /** A nested map, or empty when absent. */
    @SuppressWarnings("unchecked")
    public Optional<YamlMap> map(String key) {
        Object value = map.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map)) {
            throw wrongType(key, "a mapping", value);
        }
        return Optional.of(new YamlMap(document, (Map<String, Object>) value, pathOf(key)));
    }

    /** A nested map, or an empty map (not attached to the document) when absent. */
    public YamlMap mapOrEmpty(String key) {
        return map(key).orElseGet(() -> new YamlMap(document, new java.util.LinkedHashMap<>(),
                pathOf(key)));
    }

    @SuppressWarnings("unchecked")
    public Optional<List<Object>> list(String key) {
        Object value = map.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof List)) {
            throw wrongType(key, "a list", value);
        }
        return Optional.of((List<Object>) value);
    }

    /** A list of strings; a single string counts as a one-element list (as dbt allows). */
    public Optional<List<String>> stringList(String key) {
        Object value = map.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map) {
            throw wrongType(key, "a string or a list of strings", value);
        }
        if (!(value instanceof List<?> items)) {
            return Optional.of(List.of(String.valueOf(value)));
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item == null || item instanceof Map || item instanceof List) {
                throw document.error(items, i, "Each entry of '" + pathOf(key)
                        + "' must be a string, got " + describeType(item));
            }
            result.add(String.valueOf(item));
        }
        return Optional.of(List.copyOf(result));
    }

    public List<String> stringList(String key, List<String> defaultValue) {
        return stringList(key).orElse(defaultValue);
    }

    /** Fails on the first key not in {@code known}, listing the known keys. */
    public void rejectUnknownKeys(Collection<String> known) {
        for (String key : map.keySet()) {
            if (!known.contains(key)) {
                throw error(key, "Unknown key '" + pathOf(key) + "'. Known keys: "
                        + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    private DvtException wrongType(String key, String expected, Object value) {
        String got = describeType(value);
        if (!(value instanceof Map || value instanceof List) && !SecretKeys.isSecret(key)) {
            String text = String.valueOf(value);
            got = got + " '" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "'";
        }
        return error(key, "'" + pathOf(key) + "' must be " + expected + ", got " + got);
    }

    /** A short user-facing name for the YAML type of a value. */
    public static String describeType(Object value) {
        if (value == null) {
            return "nothing (null)";
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Number) {
            return "a number";
        }
        return "text";
    }
}
