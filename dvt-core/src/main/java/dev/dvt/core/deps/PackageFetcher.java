package dev.dvt.core.deps;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.PackageSpec;
import dev.dvt.core.yaml.YamlFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Brings one package entry onto disk and pins it: a local folder is used where it is, a git
 * repository is cloned into the work folder and checked out at the requested revision. Hub and
 * tarball packages need the internet and are refused with a message saying what to use instead.
 */
final class PackageFetcher {
    static final String HUB_HOST = "hub.getdbt.com";

    private final Path projectRoot;
    private final Path workDir;
    private final GitCli git;
    private final Map<String, Path> checkouts = new HashMap<>();

    PackageFetcher(Path projectRoot, Path workDir, GitCli git) {
        this.projectRoot = requireNonNull(projectRoot, "projectRoot is null");
        this.workDir = requireNonNull(workDir, "workDir is null");
        this.git = requireNonNull(git, "git is null");
    }

    /**
     * @param declaredIn the folder of the project whose packages.yml lists {@code spec}; local
     *     paths are relative to it
     */
    ResolvedPackage fetch(PackageSpec spec, Path declaredIn) {
        if (spec instanceof PackageSpec.Local local) {
            return fetchLocal(local, declaredIn);
        }
        if (spec instanceof PackageSpec.Git gitSpec) {
            return fetchGit(gitSpec);
        }
        if (spec instanceof PackageSpec.Hub hub) {
            throw new DvtException(ErrorCode.CONFIG, "Package '" + hub.name() + "' (version "
                    + String.join(", ", hub.versions()) + ") is a dbt Hub package: installing it needs"
                    + " internet access to " + HUB_HOST + ", which DVT cannot reach here. Replace the entry"
                    + " with a 'git:' entry (the package's repository URL and a 'revision:' tag) or a"
                    + " 'local:' entry pointing at a copy of the package.");
        }
        PackageSpec.Tarball tarball = (PackageSpec.Tarball) spec;
        throw new DvtException(ErrorCode.CONFIG, "Package '" + tarball.name() + "' is a tarball at "
                + GitCli.redact(tarball.url()) + ": downloading it needs internet access, which DVT cannot"
                + " reach here. Unpack it next to the project and use a 'local:' entry instead.");
    }

    private ResolvedPackage fetchLocal(PackageSpec.Local local, Path declaredIn) {
        Path directory = declaredIn.resolve(local.path()).toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            throw new DvtException(ErrorCode.CONFIG, "Local package '" + local.path() + "' not found: "
                    + directory + " is not a folder");
        }
        Path root = projectRoot.toAbsolutePath().normalize();
        String relative = directory.startsWith(root) || directory.getRoot().equals(root.getRoot())
                ? root.relativize(directory).toString().replace('\\', '/') : directory.toString();
        return new ResolvedPackage(projectName(directory, local.path()),
                new PackageSpec.Local(relative.isEmpty() ? "." : relative), directory);
    }

    private ResolvedPackage fetchGit(PackageSpec.Git spec) {
        String key = spec.url() + "\n" + (spec.revision() == null ? "" : spec.revision());
        Path checkout = checkouts.get(key);
        if (checkout == null) {
            checkout = workDir.resolve("git-" + checkouts.size());
            git.cloneInto(spec.url(), checkout);
            if (spec.revision() != null) {
                git.checkout(checkout, spec.revision());
            }
            checkouts.put(key, checkout);
        }
        String sha = git.head(checkout);
        Path directory = checkout;
        if (spec.subdirectory() != null) {
            directory = checkout.resolve(spec.subdirectory()).normalize();
            if (!directory.startsWith(checkout) || !Files.isDirectory(directory)) {
                throw new DvtException(ErrorCode.CONFIG, "Git package " + GitCli.redact(spec.url())
                        + " has no subdirectory '" + spec.subdirectory() + "' at revision " + sha);
            }
        }
        String label = GitCli.redact(spec.url()) + (spec.subdirectory() == null ? "" : " (" + spec.subdirectory() + ")");
        return new ResolvedPackage(projectName(directory, label),
                new PackageSpec.Git(spec.url(), sha, spec.subdirectory(), spec.warnUnpinned()), directory);
    }

    /** The {@code name:} in the package's dbt_project.yml. */
    static String projectName(Path directory, String label) {
        Path projectFile = directory.resolve("dbt_project.yml");
        if (!Files.isRegularFile(projectFile)) {
            throw new DvtException(ErrorCode.CONFIG, "Package " + label + " is not a dbt project: "
                    + directory + " has no dbt_project.yml");
        }
        return YamlFiles.read(projectFile).rootMap().requiredString("name");
    }

    static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
    }
}
