package dev.dvt.core.config;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.yaml.YamlFiles;
import java.nio.file.Path;
import java.util.Map;

/** Parses the {@code --vars} option: a YAML (or JSON, a subset of YAML) mapping. */
public final class CliVars {
    private CliVars() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        Object root;
        try {
            root = YamlFiles.parse(text, Path.of("--vars")).root();
        } catch (DvtException e) {
            throw new DvtException(ErrorCode.USAGE, "--vars is not valid YAML or JSON: "
                    + e.getMessage() + ". Given: " + text);
        }
        if (root == null) {
            return Map.of();
        }
        if (!(root instanceof Map)) {
            throw new DvtException(ErrorCode.USAGE, "--vars must be a mapping such as"
                    + " '{key: value}', got: " + text);
        }
        return (Map<String, Object>) root;
    }
}
