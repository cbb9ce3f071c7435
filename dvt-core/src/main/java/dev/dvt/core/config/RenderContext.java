package dev.dvt.core.config;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a {@link ValueRenderer} may see while rendering one YAML value: the process environment,
 * the vars {@code var()} can read (for dbt_project.yml and profiles.yml these are the CLI
 * {@code --vars} only, as in dbt), and where the value is, for error messages.
 *
 * @param env environment variables for {@code env_var()}
 * @param vars variables for {@code var()}
 * @param file file the value comes from, or null
 * @param line 1-based line of the value, or 0
 * @param keyPath dotted key path of the value, or empty
 */
public record RenderContext(Map<String, String> env, Map<String, Object> vars, Path file, int line,
        String keyPath) {
    public RenderContext {
        requireNonNull(env, "env is null");
        requireNonNull(vars, "vars is null");
        requireNonNull(keyPath, "keyPath is null");
    }

    public RenderContext(Map<String, String> env, Map<String, Object> vars) {
        this(env, vars, null, 0, "");
    }

    public RenderContext at(Path file, int line, String keyPath) {
        return new RenderContext(env, vars, file, line, keyPath);
    }
}
