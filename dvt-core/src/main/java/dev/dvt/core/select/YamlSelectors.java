package dev.dvt.core.select;


import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The selectors of a project's selectors.yml, as loaded into plain maps, lists and strings. Each
 * definition is checked when loaded and turned into a {@link SelectorSpec} when used, so that it
 * picks up the invocation's {@code --indirect-selection}.
 */
public final class YamlSelectors {
    private final Map<String, Object> definitions;
    private final Optional<String> defaultSelector;
    private final Optional<Path> file;

    private YamlSelectors(Map<String, Object> definitions, Optional<String> defaultSelector,
            Optional<Path> file) {
        this.definitions = definitions;
        this.defaultSelector = defaultSelector;
        this.file = file;
    }

    /** A project without selectors.yml. */
    public static YamlSelectors none() {
        return new YamlSelectors(Map.of(), Optional.empty(), Optional.empty());
    }

    /**
     * Reads the top level of selectors.yml: a map with a {@code selectors} list whose entries hold
     * {@code name}, {@code definition}, and optionally {@code description} and {@code default}.
     *
     * @param file where the YAML came from, for error messages; may be null
     */
    public static YamlSelectors fromYaml(Object document, Path file) {
        Optional<Path> origin = Optional.ofNullable(file);
        if (document == null) {
            return new YamlSelectors(Map.of(), Optional.empty(), origin);
        }
        if (!(document instanceof Map<?, ?> top) || !(top.get("selectors") instanceof List<?> list)) {
            throw configError(origin, "selectors.yml must hold a 'selectors:' list");
        }
        Map<String, Object> definitions = new LinkedHashMap<>();
        String defaultName = null;
        for (Object entry : list) {
            if (!(entry instanceof Map<?, ?> selector) || !(selector.get("name") instanceof String name)
                    || !selector.containsKey("definition")) {
                throw configError(origin, "Each selector needs a 'name' and a 'definition', got: "
                        + entry);
            }
            if (definitions.containsKey(name)) {
                throw configError(origin, "Selector '" + name + "' is defined twice");
            }
            definitions.put(name, selector.get("definition"));
            if (isTrue(selector.get("default"))) {
                if (defaultName != null) {
                    throw configError(origin, "Only one selector may have 'default: true', but '"
                            + defaultName + "' and '" + name + "' both do");
                }
                defaultName = name;
            }
        }
        YamlSelectors selectors = new YamlSelectors(Collections.unmodifiableMap(definitions),
                Optional.ofNullable(defaultName), origin);
        SpecParser checker = new SpecParser(IndirectSelection.EAGER, Optional.empty());
        for (String name : definitions.keySet()) {
            selectors.parse(name, checker);
        }
        return selectors;
    }

    private static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    /** Selector names in file order. */
    public List<String> names() {
        return List.copyOf(definitions.keySet());
    }

    /** The selector marked {@code default: true}, used when nothing is selected explicitly. */
    public Optional<String> defaultSelector() {
        return defaultSelector;
    }

    public boolean contains(String name) {
        return definitions.containsKey(name);
    }

    /** Names matching a wildcard pattern, sorted so that evaluation order is stable. */
    public List<String> matching(String pattern) {
        List<String> names = new ArrayList<>();
        for (String name : definitions.keySet()) {
            if (Glob.matches(name, pattern)) {
                names.add(name);
            }
        }
        Collections.sort(names);
        return names;
    }

    /** The spec of a selector; fails listing the known names when there is no such selector. */
    public SelectorSpec parse(String name, SpecParser parser) {
        if (!definitions.containsKey(name)) {
            throw new DvtException(ErrorCode.SELECTION, "Could not find selector named '" + name
                    + "'. " + (definitions.isEmpty()
                            ? "The project defines no selectors (selectors.yml)."
                            : "Available selectors: " + String.join(", ", definitions.keySet())));
        }
        try {
            return new SelectorDefinitionParser(parser).parseRoot(definitions.get(name));
        } catch (DvtException e) {
            throw configError(file, "Selector '" + name + "': " + e.getMessage());
        }
    }

    private static DvtException configError(Optional<Path> file, String message) {
        return file.map(path -> new DvtException(ErrorCode.CONFIG, message, path, 0))
                .orElseGet(() -> new DvtException(ErrorCode.CONFIG, message));
    }
}
