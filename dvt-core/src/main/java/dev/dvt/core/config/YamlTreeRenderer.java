package dev.dvt.core.config;

import dev.dvt.core.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Renders, in place, every string value of a YAML document that contains Jinja, skipping the key
 * paths a predicate rejects (dbt leaves hooks and vars of dbt_project.yml for run time). Keys
 * are never rendered. Positions survive because containers are kept, only values replaced.
 */
final class YamlTreeRenderer {
    private final YamlDocument document;
    private final ValueRenderer renderer;
    private final RenderContext context;
    private final Predicate<List<String>> shouldRender;

    private YamlTreeRenderer(YamlDocument document, ValueRenderer renderer, RenderContext context,
            Predicate<List<String>> shouldRender) {
        this.document = document;
        this.renderer = renderer;
        this.context = context;
        this.shouldRender = shouldRender;
    }

    /** Renders the whole document; {@code shouldRender} receives the key path of each value. */
    static void render(YamlDocument document, ValueRenderer renderer, RenderContext context,
            Predicate<List<String>> shouldRender) {
        if (document.root() != null) {
            new YamlTreeRenderer(document, renderer, context, shouldRender)
                    .walk(document.root(), new ArrayList<>());
        }
    }

    /** Renders one map subtree (e.g. a single profile output), with {@code prefix} as its path. */
    static void render(YamlDocument document, Map<String, Object> subtree, List<String> prefix,
            ValueRenderer renderer, RenderContext context) {
        new YamlTreeRenderer(document, renderer, context, path -> true)
                .walk(subtree, new ArrayList<>(prefix));
    }

    @SuppressWarnings("unchecked")
    private void walk(Object container, List<String> path) {
        if (container instanceof Map<?, ?> raw) {
            Map<String, Object> map = (Map<String, Object>) raw;
            for (Map.Entry<String, Object> entry : map.entrySet()) {
                path.add(entry.getKey());
                entry.setValue(visit(map, entry.getKey(), entry.getValue(), path));
                path.remove(path.size() - 1);
            }
        } else if (container instanceof List<?> raw) {
            List<Object> list = (List<Object>) raw;
            for (int i = 0; i < list.size(); i++) {
                path.add(Integer.toString(i));
                list.set(i, visit(list, i, list.get(i), path));
                path.remove(path.size() - 1);
            }
        }
    }

    private Object visit(Object container, Object keyOrIndex, Object value, List<String> path) {
        if (!shouldRender.test(path)) {
            return value;
        }
        if (value instanceof String text && ValueRenderer.hasJinja(text)) {
            RenderContext at = context.at(document.file(), document.lineOf(container, keyOrIndex),
                    String.join(".", path));
            return renderer.render(text, at);
        }
        if (value instanceof Map || value instanceof List) {
            walk(value, path);
        }
        return value;
    }
}
