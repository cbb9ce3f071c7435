package dev.dvt.core.deps;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.config.PackageSpec;
import java.nio.file.Path;

/**
 * A package whose exact version is known.
 *
 * @param name the project name in the package's dbt_project.yml (the install folder name)
 * @param pinned the entry for package-lock.yml: a git entry carries the commit sha as revision,
 *     a local entry the path relative to the root project
 * @param directory where the package's files are now (a local folder, or a checkout)
 */
public record ResolvedPackage(String name, PackageSpec pinned, Path directory) {
    public ResolvedPackage {
        requireNonNull(name, "name is null");
        requireNonNull(pinned, "pinned is null");
        requireNonNull(directory, "directory is null");
    }

    public PackageSource source() {
        return sourceOf(pinned);
    }

    /** A short version for the console: the sha for git, "local" for a folder. */
    public String version() {
        if (pinned instanceof PackageSpec.Git git) {
            return git.revision() == null ? "HEAD" : git.revision();
        }
        return source().displayName();
    }

    static PackageSource sourceOf(PackageSpec spec) {
        if (spec instanceof PackageSpec.Git) {
            return PackageSource.GIT;
        }
        if (spec instanceof PackageSpec.Local) {
            return PackageSource.LOCAL;
        }
        return spec instanceof PackageSpec.Hub ? PackageSource.HUB : PackageSource.TARBALL;
    }
}
