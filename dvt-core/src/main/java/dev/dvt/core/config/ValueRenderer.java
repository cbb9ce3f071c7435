package dev.dvt.core.config;

/**
 * Renders the Jinja in one string value of a configuration file, as dbt does when it loads
 * dbt_project.yml, profiles.yml, packages.yml and selectors.yml. dvt-core ships
 * {@link BuiltinValueRenderer}, enough for {@code env_var()} and {@code var()}; the CLI passes the
 * full Jinja engine from dvt-compiler instead.
 *
 * <p>Results follow dbt's "native" rendering: a value that is exactly one expression keeps the
 * expression's type ({@code "{{ env_var('PORT') | int }}"} gives an Integer), anything else is
 * text. Failures are {@link dev.dvt.core.DvtException}s naming the context's file and line.
 */
@FunctionalInterface
public interface ValueRenderer {
    /** Renders {@code template}; returns it unchanged when it contains no Jinja. */
    Object render(String template, RenderContext context);

    /** Whether a string needs rendering at all; renderers see only values where this is true. */
    static boolean hasJinja(String value) {
        return value.contains("{{") || value.contains("{%") || value.contains("{#");
    }
}
