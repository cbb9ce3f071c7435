package dev.dvt.core.deps;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.config.PackageSpec;
import dev.dvt.core.config.PackagesConfig;
import dev.dvt.core.config.RenderContext;
import dev.dvt.core.config.ValueRenderer;
import dev.dvt.core.events.Events;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code dvt deps}, with dbt's flow: optionally add a package to packages.yml; (re)write
 * package-lock.yml when it is missing, when {@code --upgrade} is given or when packages.yml no
 * longer matches the lock's {@code sha1_hash}; then, unless {@code --lock}, install exactly what
 * the lock lists into the install folder.
 */
public final class DepsEngine {
    private final Path projectRoot;
    private final Path installDir;
    private final ValueRenderer renderer;
    private final RenderContext context;
    private final GitCli git;

    /**
     * @param installDir {@code packages-install-path} resolved against the project
     *     ({@code dbt_packages} by default)
     */
    public DepsEngine(Path projectRoot, Path installDir, ValueRenderer renderer, RenderContext context) {
        this(projectRoot, installDir, renderer, context, new GitCli());
    }

    DepsEngine(Path projectRoot, Path installDir, ValueRenderer renderer, RenderContext context, GitCli git) {
        this.projectRoot = requireNonNull(projectRoot, "projectRoot is null").toAbsolutePath().normalize();
        this.installDir = requireNonNull(installDir, "installDir is null");
        this.renderer = requireNonNull(renderer, "renderer is null");
        this.context = requireNonNull(context, "context is null");
        this.git = requireNonNull(git, "git is null");
    }

    public DepsReport run(DepsRequest request) {
        requireNonNull(request, "request is null");
        if (request.addPackage() != null) {
            PackagesFileEditor.add(projectRoot, request.addPackage(), request.addSource());
        }
        Path workDir = createWorkDir();
        try {
            PackageFetcher fetcher = new PackageFetcher(projectRoot, workDir, git);
            Path lockFile = projectRoot.resolve(PackageLock.FILE_NAME);
            PackagesConfig config = PackagesConfig.load(projectRoot, renderer, context);
            String hash = PackageLock.hash(config.packages());
            PackageLock lock = PackageLock.read(lockFile);
            boolean relock = lock == null || request.upgrade() || !hash.equals(lock.sha1Hash());
            if (relock) {
                lock = lockPackages(config, hash, fetcher);
                lock.write(lockFile);
                Events.info("DepsLockUpdating", "Updating lock file in file path: " + lockFile);
            }
            if (request.lockOnly()) {
                return new DepsReport(lockFile, relock, List.of());
            }
            if (lock.packages().isEmpty()) {
                Events.warn("DepsNoPackagesFound", "Warning: No packages were found in packages.yml");
                new PackageInstaller(installDir).removeOthers(Set.of());
                return new DepsReport(lockFile, relock, List.of());
            }
            return new DepsReport(lockFile, relock, install(lock, fetcher));
        } finally {
            PackageInstaller.delete(workDir);
        }
    }

    private PackageLock lockPackages(PackagesConfig config, String hash, PackageFetcher fetcher) {
        List<ResolvedPackage> resolved = new PackageResolver(fetcher, renderer, context)
                .resolve(config.packages(), projectRoot, config.file() == null ? "the project"
                        : config.file().getFileName().toString());
        List<PackageLock.Entry> entries = new ArrayList<>();
        for (ResolvedPackage p : resolved) {
            entries.add(new PackageLock.Entry(p.name(), p.pinned()));
            if (p.pinned() instanceof PackageSpec.Git g && g.warnUnpinned()
                    && config.packages().stream().anyMatch(s -> s instanceof PackageSpec.Git o
                            && o.url().equals(g.url()) && o.revision() == null)) {
                Events.warn("DepsUnpinned", "The git package " + GitCli.redact(g.url()) + " is not pinned;"
                        + " add a 'revision:' (a tag or commit) to packages.yml so installs are reproducible");
            }
        }
        return new PackageLock(entries, hash);
    }

    private List<DepsReport.Outcome> install(PackageLock lock, PackageFetcher fetcher) {
        PackageInstaller installer = new PackageInstaller(installDir);
        Set<String> names = new HashSet<>();
        List<DepsReport.Outcome> outcomes = new ArrayList<>();
        for (PackageLock.Entry entry : lock.packages()) {
            PackageSource source = ResolvedPackage.sourceOf(entry.spec());
            if (installer.isCurrent(entry.name(), entry.spec())) {
                names.add(entry.name());
                outcomes.add(report(entry.name(), source, versionOf(entry.spec()), DepsReport.Status.UP_TO_DATE));
                continue;
            }
            Events.info("DepsStartPackageInstall", "Installing " + PackageLock.describe(entry.spec()));
            ResolvedPackage resolved = fetcher.fetch(entry.spec(), projectRoot);
            names.add(resolved.name());
            boolean changed = installer.install(resolved);
            outcomes.add(report(resolved.name(), source, resolved.version(),
                    changed ? DepsReport.Status.INSTALLED : DepsReport.Status.UP_TO_DATE));
        }
        installer.removeOthers(names);
        return outcomes;
    }

    private static DepsReport.Outcome report(String name, PackageSource source, String version,
            DepsReport.Status status) {
        Events.info("DepsInstallInfo", status == DepsReport.Status.UP_TO_DATE
                ? "  " + name + " (" + source.displayName() + " " + version + "): up to date"
                : "  Installed " + name + " from " + source.displayName() + " " + version);
        return new DepsReport.Outcome(name, source, version, status);
    }

    private static String versionOf(PackageSpec spec) {
        return spec instanceof PackageSpec.Git g && g.revision() != null ? g.revision()
                : ResolvedPackage.sourceOf(spec).displayName();
    }

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("dvt-deps-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder for dvt deps", e);
        }
    }
}
