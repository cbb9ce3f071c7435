package dev.dvt.compiler.parse;

import static java.util.Objects.requireNonNull;

import dev.dvt.artifacts.manifest.Manifest;
import dev.dvt.compiler.context.EnvironmentVariables;
import dev.dvt.compiler.context.ProjectVariables;
import dev.dvt.compiler.context.RelationFactory;
import dev.dvt.compiler.jinja.DvtTemplateEngine;
import dev.dvt.compiler.jinja.MacroLibrary;
import dev.dvt.core.config.RuntimeConfig;
import java.util.List;

/**
 * The result of {@link ProjectParser#parse}: the manifest, and what compiling its nodes needs
 * (the macro library, the engine, the vars and environment, relation naming).
 *
 * @param renderedFiles how many files were rendered with Jinja (the rest came from the lexical
 *     fast path or the partial-parse cache)
 * @param reusedFiles how many files were taken from the partial-parse cache
 */
public record ParsedProject(RuntimeConfig config, Manifest manifest, MacroLibrary library, DvtTemplateEngine engine,
        List<PackageProject> packages, ProjectVariables vars, EnvironmentVariables env, RelationFactory relations,
        int renderedFiles, int reusedFiles) {
    public ParsedProject {
        requireNonNull(config, "config is null");
        requireNonNull(manifest, "manifest is null");
        requireNonNull(library, "library is null");
        requireNonNull(engine, "engine is null");
        packages = List.copyOf(packages);
        requireNonNull(vars, "vars is null");
        requireNonNull(env, "env is null");
        requireNonNull(relations, "relations is null");
    }

    public String rootPackage() {
        return config.project().name();
    }
}
