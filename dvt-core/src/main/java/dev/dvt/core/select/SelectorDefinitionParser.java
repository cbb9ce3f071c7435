package dev.dvt.core.select;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns one selectors.yml {@code definition} into a {@link SelectorSpec}. A definition is a spec
 * string, {@code {union: [...]}}, {@code {intersection: [...]}} (each list may hold one
 * {@code {exclude: [...]}}), a one-key dict {@code {tag: nightly}}, or a method dict with
 * {@code method}, {@code value} and optional graph operators, {@code indirect_selection} and
 * {@code exclude}.
 */
final class SelectorDefinitionParser {
    private static final Set<String> METHOD_KEYS = Set.of("method", "value", "parents",
            "children", "parents_depth", "children_depth", "childrens_parents",
            "indirect_selection", "exclude");

    private final SpecParser specs;

    SelectorDefinitionParser(SpecParser specs) {
        this.specs = specs;
    }

    SelectorSpec parseRoot(Object definition) {
        if (definition instanceof Map<?, ?> map && map.size() > 1
                && (map.containsKey("union") || map.containsKey("intersection"))) {
            throw error("a root definition holds a single 'union' or 'intersection' key, found "
                    + map.keySet());
        }
        return parse(definition);
    }

    private SelectorSpec parse(Object definition) {
        if (definition instanceof String text) {
            return specs.parseSingle(text);
        }
        if (!(definition instanceof Map<?, ?> map)) {
            throw error("expected a spec string, union, intersection or method dict, found: "
                    + definition);
        }
        if (map.containsKey("union")) {
            return parseSetOperation(SelectorSpec.Operator.UNION, map, "union");
        }
        if (map.containsKey("intersection")) {
            return parseSetOperation(SelectorSpec.Operator.INTERSECTION, map, "intersection");
        }
        return parseMethodDict(map);
    }

    private SelectorSpec parseSetOperation(SelectorSpec.Operator operator, Map<?, ?> map,
            String key) {
        List<SelectorSpec> included = new ArrayList<>();
        SelectorSpec excluded = null;
        for (Object part : list(map, key)) {
            if (part instanceof Map<?, ?> partMap && partMap.containsKey("exclude")) {
                if (excluded != null) {
                    throw error("only one 'exclude' is allowed in the same '" + key + "' list");
                }
                excluded = parseExclusions(partMap);
            } else {
                included.add(parse(part));
            }
        }
        SelectorSpec combined = combined(operator, included, map);
        return excluded == null ? combined
                : combined(SelectorSpec.Operator.DIFFERENCE, List.of(combined, excluded), map);
    }

    private SelectorSpec parseExclusions(Map<?, ?> map) {
        List<SelectorSpec> exclusions = new ArrayList<>();
        for (Object part : list(map, "exclude")) {
            exclusions.add(parse(part));
        }
        return exclusions.size() == 1 ? exclusions.get(0)
                : combined(SelectorSpec.Operator.UNION, exclusions, map);
    }

    private SelectorSpec parseMethodDict(Map<?, ?> map) {
        String method;
        Object value;
        if (map.size() == 1) {
            Object key = map.keySet().iterator().next();
            method = String.valueOf(key);
            value = map.get(key);
        } else if (map.containsKey("method") && map.containsKey("value")) {
            for (Object key : map.keySet()) {
                if (!METHOD_KEYS.contains(String.valueOf(key))) {
                    throw error("unknown key '" + key + "' in " + map + "; allowed keys: "
                            + String.join(", ", METHOD_KEYS.stream().sorted().toList()));
                }
            }
            method = String.valueOf(map.get("method"));
            value = map.get("value");
        } else {
            throw error("expected a single key, or 'method' and 'value' keys, but got "
                    + map.keySet());
        }
        if (value == null || value instanceof Map || value instanceof List) {
            throw error("the value of '" + method + "' must be a single string, got: " + value);
        }
        IndirectSelection mode = map.containsKey("indirect_selection")
                ? IndirectSelection.parse(String.valueOf(map.get("indirect_selection")))
                : specs.indirectSelection();
        SelectorSpec.Method spec = SpecParser.method(map.toString(),
                Arrays.asList(method.split("\\.", -1)), String.valueOf(value),
                flag(map, "parents"), depth(map, "parents_depth"),
                flag(map, "children"), depth(map, "children_depth"),
                flag(map, "childrens_parents"), mode);
        if (map.size() > 1 && map.containsKey("exclude")) {
            return combined(SelectorSpec.Operator.DIFFERENCE, List.of(spec, parseExclusions(map)),
                    map);
        }
        return spec;
    }

    private SelectorSpec combined(SelectorSpec.Operator operator, List<SelectorSpec> parts,
            Map<?, ?> raw) {
        return new SelectorSpec.Combined(operator, parts, specs.indirectSelection(), false,
                Optional.of(raw.toString()));
    }

    private static List<?> list(Map<?, ?> map, String key) {
        if (!(map.get(key) instanceof List<?> list)) {
            throw error("the value of '" + key + "' must be a list, got: " + map.get(key));
        }
        return list;
    }

    private static boolean flag(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value.equals("true") || value.equals("false")) {
            return value.equals("true");
        }
        throw error("'" + key + "' must be true or false, got: " + value);
    }

    private static OptionalInt depth(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return OptionalInt.empty();
        }
        try {
            int depth = Integer.parseInt(value.toString());
            if (depth < 0) {
                throw new NumberFormatException(value.toString());
            }
            return OptionalInt.of(depth);
        } catch (NumberFormatException e) {
            throw error("'" + key + "' must be a non-negative whole number, got: " + value);
        }
    }

    private static DvtException error(String message) {
        return new DvtException(ErrorCode.SELECTION, message);
    }
}
