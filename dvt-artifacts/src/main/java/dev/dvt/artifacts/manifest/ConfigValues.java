package dev.dvt.artifacts.manifest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Value coercions and dbt's merge behaviours (append, update, grants key-append) for {@link NodeConfig}. */
final class ConfigValues {
    private ConfigValues() {
    }

    /** A scalar becomes a one-element list, null an empty list (dbt's "listify"). */
    static List<String> stringList(Object value) {
        List<String> list = new ArrayList<>();
        if (value instanceof Collection<?> items) {
            items.forEach(item -> list.add(String.valueOf(item)));
        } else if (value != null) {
            list.add(value.toString());
        }
        return list;
    }

    static List<Object> objectList(Object value) {
        List<Object> list = new ArrayList<>();
        if (value instanceof Collection<?> items) {
            list.addAll(items);
        } else if (value != null) {
            list.add(value);
        }
        return list;
    }

    static List<Object> hookMaps(Object value) {
        List<Object> hooks = new ArrayList<>();
        for (Object item : objectList(value)) {
            hooks.add(Hook.from(item).toMap());
        }
        return hooks;
    }

    static boolean isTrue(Object value) {
        return value instanceof Boolean bool ? bool : Boolean.parseBoolean(value.toString());
    }

    /** Concatenation; tags additionally drop repeats, since a tag set from two levels is one tag. */
    static List<Object> append(Object current, Object incoming, boolean distinct) {
        List<Object> merged = objectList(current);
        for (Object item : objectList(incoming)) {
            if (!distinct || !merged.contains(item)) {
                merged.add(item);
            }
        }
        return merged;
    }

    static Map<String, Object> update(Object current, Object incoming) {
        Map<String, Object> merged = new LinkedHashMap<>();
        ((Map<?, ?>) current).forEach((k, v) -> merged.put(String.valueOf(k), v));
        ((Map<?, ?>) incoming).forEach((k, v) -> merged.put(String.valueOf(k), copyOf(v)));
        return merged;
    }

    /** Grants: each privilege maps to a list of grantees; {@code +select} extends, {@code select} replaces. */
    static Map<String, Object> mergeGrants(Object current, Object incoming) {
        Map<String, Object> merged = new LinkedHashMap<>();
        ((Map<?, ?>) current).forEach((k, v) -> merged.put(String.valueOf(k), objectList(v)));
        ((Map<?, ?>) incoming).forEach((k, v) -> {
            String key = String.valueOf(k);
            if (key.startsWith("+")) {
                String privilege = key.replaceFirst("^\\++", "");
                List<Object> grantees = objectList(merged.get(privilege));
                grantees.addAll(objectList(v));
                merged.put(privilege, grantees);
            } else {
                merged.put(key, objectList(v));
            }
        });
        return merged;
    }

    /** Copies maps and lists recursively so a merged config never aliases the caller's containers. */
    static Object copyOf(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), copyOf(v)));
            return copy;
        }
        if (value instanceof Collection<?> items) {
            List<Object> copy = new ArrayList<>();
            items.forEach(item -> copy.add(copyOf(item)));
            return copy;
        }
        return value;
    }
}
