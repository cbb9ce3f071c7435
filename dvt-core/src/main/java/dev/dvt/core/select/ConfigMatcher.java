package dev.dvt.core.select;

import java.util.List;
import java.util.Map;

/**
 * {@code config.KEY[.SUBKEY...]:value}: the key path descends through nested maps (such as
 * {@code meta}); a list matches when one element does; {@code true}/{@code false} match booleans
 * in any case; {@code config.severity} compares without case, as severities are written either way.
 */
final class ConfigMatcher {
    private ConfigMatcher() {}

    static boolean matches(Map<String, Object> config, List<String> keyPath, String selector) {
        Object value = config;
        for (String key : keyPath) {
            if (!(value instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return false;
            }
            value = map.get(key);
        }
        boolean ignoreCase = keyPath.equals(List.of("severity"));
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(element -> scalarMatches(element, selector, ignoreCase));
        }
        return scalarMatches(value, selector, ignoreCase);
    }

    private static boolean scalarMatches(Object value, String selector, boolean ignoreCase) {
        if (value instanceof Boolean bool) {
            return selector.equalsIgnoreCase(bool.toString());
        }
        if (value instanceof String || value instanceof Number) {
            String text = value.toString();
            return ignoreCase ? text.equalsIgnoreCase(selector) : text.equals(selector);
        }
        return false;
    }
}
