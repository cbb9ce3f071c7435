package dev.dvt.core.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * dbt's rules for layering one config dict over another: {@code tags}, hooks and
 * {@code packages} append; dict configs such as {@code meta} update key by key; {@code grants}
 * replace per privilege unless the privilege is written {@code +select} (then it appends);
 * everything else is replaced. Used for project levels, and by the parser for yml and
 * {@code config()} layers on top.
 */
public final class ConfigMerger {
    private static final Set<String> APPEND = Set.of("tags", "pre-hook", "post-hook", "packages");
    private static final Set<String> DICT_UPDATE = Set.of("meta", "docs", "persist_docs",
            "quoting", "column_types", "contract", "labels");

    private ConfigMerger() {
    }

    /** Normalises a config key: drops a leading {@code +} and spaces, spells hooks with '-'. */
    public static String normalizeKey(String key) {
        String k = key.startsWith("+") ? key.substring(1).strip() : key.strip();
        return switch (k) {
            case "pre_hook" -> "pre-hook";
            case "post_hook" -> "post-hook";
            default -> k;
        };
    }

    /** Layers {@code overrides} (already normalised) onto {@code target}, in place. */
    public static void mergeInto(Map<String, Object> target, Map<String, Object> overrides) {
        for (Map.Entry<String, Object> entry : overrides.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            Object current = target.get(key);
            if (APPEND.contains(key)) {
                target.put(key, append(key, current, value));
            } else if (DICT_UPDATE.contains(key) && current instanceof Map<?, ?> before
                    && value instanceof Map<?, ?> after) {
                Map<Object, Object> merged = new LinkedHashMap<>(before);
                merged.putAll(after);
                target.put(key, merged);
            } else if (key.equals("grants") && value instanceof Map<?, ?> after) {
                target.put(key, mergeGrants(current instanceof Map<?, ?> m ? m : Map.of(), after));
            } else {
                target.put(key, value);
            }
        }
    }

    private static List<Object> append(String key, Object current, Object value) {
        if (key.equals("tags")) {
            Set<Object> tags = new LinkedHashSet<>(listify(current));
            tags.addAll(listify(value));
            return new ArrayList<>(tags);
        }
        List<Object> list = new ArrayList<>(listify(current));
        list.addAll(listify(value));
        return list;
    }

    private static Map<String, Object> mergeGrants(Map<?, ?> current, Map<?, ?> overrides) {
        Map<String, Object> merged = new LinkedHashMap<>();
        current.forEach((privilege, grantees) ->
                merged.put(String.valueOf(privilege), new ArrayList<>(listify(grantees))));
        overrides.forEach((rawPrivilege, grantees) -> {
            String privilege = String.valueOf(rawPrivilege);
            boolean extend = privilege.startsWith("+");
            String name = extend ? privilege.replaceFirst("^\\++", "") : privilege;
            if (extend && merged.get(name) instanceof List<?> existing) {
                List<Object> list = new ArrayList<>(existing);
                list.addAll(listify(grantees));
                merged.put(name, list);
            } else {
                merged.put(name, new ArrayList<>(listify(grantees)));
            }
        });
        return merged;
    }

    static List<Object> listify(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        return List.of(value);
    }
}
