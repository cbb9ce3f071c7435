package dev.dvt.core.config;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.yaml.YamlDocument;
import dev.dvt.core.yaml.YamlFiles;
import dev.dvt.core.yaml.YamlMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The raw selector definitions of selectors.yml. Their {@code definition} trees are kept as
 * written; the selection package interprets them.
 *
 * @param file the selectors.yml read, or null when the project has none
 */
public record SelectorsConfig(Path file, List<Selector> selectors) {
    public static final String FILE_NAME = "selectors.yml";

    /**
     * @param definition a string (selection syntax) or a mapping (union, intersection, method...)
     * @param line where the selector is defined
     */
    public record Selector(String name, String description, boolean isDefault, Object definition,
            int line) {
        public Selector {
            requireNonNull(name, "name is null");
            requireNonNull(definition, "definition is null");
        }
    }

    public SelectorsConfig {
        selectors = List.copyOf(selectors);
    }

    public Optional<Selector> selector(String name) {
        return selectors.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The selector marked {@code default: true}, if any. */
    public Optional<Selector> defaultSelector() {
        return selectors.stream().filter(Selector::isDefault).findFirst();
    }

    public static SelectorsConfig load(Path projectRoot, ValueRenderer renderer,
            RenderContext context) {
        Path file = projectRoot.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return new SelectorsConfig(null, List.of());
        }
        YamlDocument document = YamlFiles.read(file);
        YamlTreeRenderer.render(document, renderer, context, path -> true);
        YamlMap root = document.rootMap();
        root.rejectUnknownKeys(Set.of("selectors"));
        List<Object> entries = root.list("selectors").orElseThrow(() -> root.error("selectors",
                FILE_NAME + " must have a 'selectors:' list"));
        List<Selector> selectors = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        Selector firstDefault = null;
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof Map<?, ?>)) {
                throw document.error(entries, i, "Each selector must be a mapping with 'name' and"
                        + " 'definition'");
            }
            @SuppressWarnings("unchecked")
            YamlMap entry = document.view((Map<String, Object>) entries.get(i), "selectors." + i);
            entry.rejectUnknownKeys(Set.of("name", "description", "default", "definition"));
            String name = entry.requiredString("name");
            if (lines.containsKey(name)) {
                throw entry.error("name", "Selector '" + name + "' is defined twice (first on line "
                        + lines.get(name) + ")");
            }
            if (!entry.has("definition")) {
                throw entry.error("name", "Selector '" + name + "' has no 'definition'");
            }
            Object definition = entry.get("definition");
            if (definition instanceof List) {
                throw entry.error("definition", "The definition of selector '" + name
                        + "' must be a string or a mapping (e.g. union: [...]), not a list");
            }
            Selector selector = new Selector(name, entry.string("description").orElse(null),
                    entry.bool("default", false), definition, entry.line("name"));
            if (selector.isDefault()) {
                if (firstDefault != null) {
                    throw entry.error("default", "Only one selector may be the default; '"
                            + firstDefault.name() + "' (line " + firstDefault.line()
                            + ") already is");
                }
                firstDefault = selector;
            }
            lines.put(name, selector.line());
            selectors.add(selector);
        }
        return new SelectorsConfig(file, selectors);
    }
}
