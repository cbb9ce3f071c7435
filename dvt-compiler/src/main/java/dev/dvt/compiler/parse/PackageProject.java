package dev.dvt.compiler.parse;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.config.ProjectConfig;
import java.nio.file.Path;

/** The root project or an installed package, with its own dbt_project.yml. */
public record PackageProject(String name, Path root, ProjectConfig config, boolean isRoot) {
    public PackageProject {
        requireNonNull(name, "name is null");
        requireNonNull(root, "root is null");
        requireNonNull(config, "config is null");
    }
}
