package dev.dvt.cli;

import dev.dvt.core.config.BuiltinValueRenderer;
import dev.dvt.core.config.CliOverrides;
import dev.dvt.core.config.CliVars;
import dev.dvt.core.config.ProjectConfig;
import dev.dvt.core.config.RenderContext;
import dev.dvt.core.deps.DepsEngine;
import dev.dvt.core.deps.DepsReport;
import dev.dvt.core.deps.DepsRequest;
import dev.dvt.core.deps.PackageSource;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dvt deps}: installs the packages of packages.yml / dependencies.yml into dbt_packages/. */
@Command(name = "deps", description = "Install the packages listed in packages.yml or dependencies.yml.")
final class DepsCommand extends BaseCommand {
    @Option(names = "--lock", description = "Only resolve the packages and write package-lock.yml.")
    boolean lock;

    @Option(names = "--upgrade", description = "Resolve again, ignoring the versions pinned in package-lock.yml.")
    boolean upgrade;

    @Option(names = "--add-package", paramLabel = "NAME@VERSION", description = "Add a package to packages.yml, then install.")
    String addPackage;

    @Option(names = "--source", defaultValue = "hub", description = "Source of --add-package: hub, git or local (default hub).")
    String source;

    @Override
    protected int run() {
        ProjectConfig project = loadProjectOnly();
        CliOverrides cli = CliOverrides.fromEnvironment();
        RenderContext context = new RenderContext(cli.env(), CliVars.parse(globals().vars));
        DepsEngine engine = new DepsEngine(project.projectRoot(), project.resolve(project.packagesInstallPath()),
                BuiltinValueRenderer.INSTANCE, context);
        PackageSource addSource = addPackage == null ? null : PackageSource.valueOf(source.toUpperCase(Locale.ROOT));
        DepsReport report = engine.run(new DepsRequest(lock, upgrade, addPackage, addSource));
        if (report.packages().isEmpty()) {
            info("DepsNoPackagesFound", "No packages to install: packages.yml / dependencies.yml lists none.");
        }
        return 0;
    }
}
