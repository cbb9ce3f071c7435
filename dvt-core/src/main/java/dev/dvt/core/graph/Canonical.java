package dev.dvt.core.graph;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** A stable text form of plain values (maps sorted by key), so equal configs compare equal. */
final class Canonical {
    private Canonical() {
    }

    static String text(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            new TreeMap<>(stringKeys(map)).forEach((k, v) -> {
                out.append(k).append('=');
                append(out, v);
                out.append(',');
            });
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            list.forEach(item -> {
                append(out, item);
                out.append(',');
            });
            out.append(']');
        } else {
            out.append(value);
        }
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> result = new TreeMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }
}
