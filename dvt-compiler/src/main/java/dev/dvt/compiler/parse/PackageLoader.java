package dev.dvt.compiler.parse;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.BuiltinValueRenderer;
import dev.dvt.core.config.ProjectConfig;
import dev.dvt.core.config.ProjectConfigReader;
import dev.dvt.core.config.RuntimeConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The root project and the packages installed under {@code packages-install-path}. */
final class PackageLoader {

    private PackageLoader() {
    }

    static List<PackageProject> load(RuntimeConfig config, Map<String, String> env) {
        ProjectConfig root = config.project();
        List<PackageProject> packages = new ArrayList<>();
        packages.add(new PackageProject(root.name(), root.projectRoot(), root, true));
        Path installDir = root.resolve(root.packagesInstallPath());
        if (!Files.isDirectory(installDir)) {
            return packages;
        }
        List<Path> dirs;
        try (Stream<Path> list = Files.list(installDir)) {
            dirs = list.filter(d -> Files.isRegularFile(d.resolve(ProjectConfigReader.FILE_NAME))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + installDir, e);
        }
        Map<String, Path> seen = new LinkedHashMap<>();
        seen.put(root.name(), root.projectRoot());
        for (Path dir : dirs) {
            ProjectConfig pkg = ProjectConfigReader.read(dir, BuiltinValueRenderer.INSTANCE,
                    new dev.dvt.core.config.RenderContext(env, config.cliVars()), false);
            Path previous = seen.putIfAbsent(pkg.name(), dir);
            if (previous != null) {
                throw new DvtException(ErrorCode.PARSE, "Two projects are named '" + pkg.name() + "': " + previous
                        + " and " + dir + ". Remove one from " + installDir + " (run `dvt deps` again)",
                        pkg.file(), 0);
            }
            packages.add(new PackageProject(pkg.name(), dir, pkg, false));
        }
        return packages;
    }

    /** Each package's vars: its own, then the root project's (scoped over global), then --vars. */
    static Map<String, Map<String, Object>> vars(List<PackageProject> packages, RuntimeConfig config) {
        ProjectConfig root = config.project();
        Map<String, Map<String, Object>> byPackage = new LinkedHashMap<>();
        for (PackageProject pkg : packages) {
            Map<String, Object> vars = new LinkedHashMap<>();
            if (!pkg.isRoot()) {
                vars.putAll(pkg.config().vars().forPackage(pkg.name()));
            }
            vars.putAll(root.vars().forPackage(pkg.name()));
            vars.putAll(config.cliVars());
            byPackage.put(pkg.name(), vars);
        }
        return byPackage;
    }
}
