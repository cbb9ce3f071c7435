package dev.dvt.compiler.parse;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.yaml.YamlMap;

/**
 * The properties-YAML entry of a model, seed, snapshot, analysis or macro.
 *
 * @param yamlKey {@code models}, {@code seeds}, {@code snapshots}, {@code analyses} or {@code macros}
 * @param entry the entry's map (name, description, columns, config, …)
 * @param originalFilePath the YAML file, from its package root (the node's patch_path)
 */
record ResourcePatch(String packageName, String yamlKey, String name, YamlMap entry, String originalFilePath) {
    ResourcePatch {
        requireNonNull(packageName, "packageName is null");
        requireNonNull(yamlKey, "yamlKey is null");
        requireNonNull(name, "name is null");
        requireNonNull(entry, "entry is null");
        requireNonNull(originalFilePath, "originalFilePath is null");
    }

    String key() {
        return key(packageName, yamlKey, name);
    }

    static String key(String packageName, String yamlKey, String name) {
        return packageName + ":" + yamlKey + ":" + name;
    }
}
