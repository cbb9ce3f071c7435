package dev.dvt.compiler.parse;

import dev.dvt.artifacts.manifest.FileHash;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.ProjectConfig;
import dev.dvt.core.seed.SeedFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds and reads the files of a package by resource path, as dbt does: models, analyses,
 * snapshots, tests and macros from their paths; properties YAML from every resource path; docs
 * blocks from {@code docs-paths} (all resource paths when unset); seeds (CSV, Parquet, JSON and ORC
 * files, see {@link SeedFormat}) from {@code seed-paths}.
 */
final class FileDiscovery {

    private FileDiscovery() {
    }

    static List<ProjectFile> discover(PackageProject pkg) {
        ProjectConfig c = pkg.config();
        List<ProjectFile> files = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (String dir : c.modelPaths()) {
            walk(pkg, dir, (rel, ext) -> switch (ext) {
                case "sql", "py" -> FileKind.MODEL;
                case "yml", "yaml" -> FileKind.PROPERTIES;
                default -> null;
            }, files, seen);
        }
        for (String dir : c.analysisPaths()) {
            walk(pkg, dir, (rel, ext) -> ext.equals("sql") ? FileKind.ANALYSIS : properties(ext), files, seen);
        }
        for (String dir : c.snapshotPaths()) {
            walk(pkg, dir, (rel, ext) -> ext.equals("sql") ? FileKind.SNAPSHOT : properties(ext), files, seen);
        }
        for (String dir : c.testPaths()) {
            walk(pkg, dir, (rel, ext) -> ext.equals("sql")
                    ? (rel.startsWith("generic/") || rel.contains("/generic/") ? FileKind.MACRO
                            : FileKind.SINGULAR_TEST)
                    : properties(ext), files, seen);
        }
        for (String dir : c.macroPaths()) {
            walk(pkg, dir, (rel, ext) -> ext.equals("sql") ? FileKind.MACRO : properties(ext), files, seen);
        }
        for (String dir : c.seedPaths()) {
            walk(pkg, dir, (rel, ext) -> SeedFormat.ofExtension(ext).isPresent() ? FileKind.SEED : properties(ext),
                    files, seen);
        }
        List<String> docsPaths = c.docsPaths().isEmpty() ? allResourcePaths(c) : c.docsPaths();
        Set<Path> docsSeen = new LinkedHashSet<>();
        for (String dir : docsPaths) {
            walk(pkg, dir, (rel, ext) -> ext.equals("md") ? FileKind.DOCS : null, files, docsSeen);
        }
        return files;
    }

    private static FileKind properties(String ext) {
        return ext.equals("yml") || ext.equals("yaml") ? FileKind.PROPERTIES : null;
    }

    private static List<String> allResourcePaths(ProjectConfig c) {
        List<String> all = new ArrayList<>();
        all.addAll(c.modelPaths());
        all.addAll(c.seedPaths());
        all.addAll(c.snapshotPaths());
        all.addAll(c.analysisPaths());
        all.addAll(c.macroPaths());
        all.addAll(c.testPaths());
        return all;
    }

    private interface Classifier {
        FileKind kind(String relativePath, String extension);
    }

    private static void walk(PackageProject pkg, String dir, Classifier classifier, List<ProjectFile> out,
            Set<Path> seen) {
        Path base = pkg.root().resolve(dir).normalize();
        if (!Files.isDirectory(base)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> stream = Files.walk(base)) {
            paths = stream.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + base, e);
        }
        for (Path path : paths) {
            String rel = slashes(base.relativize(path));
            String name = path.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (dot <= 0 || !seen.add(path)) {
                continue;
            }
            FileKind kind = classifier.kind(rel, name.substring(dot + 1).toLowerCase());
            if (kind == null) {
                seen.remove(path);
                continue;
            }
            String original = slashes(pkg.root().relativize(path));
            if (kind == FileKind.SEED) {
                out.add(new ProjectFile(pkg.name(), kind, path, original, rel, "", seedChecksum(path, original)));
            } else {
                String text = read(path);
                out.add(new ProjectFile(pkg.name(), kind, path, original, rel, text, FileHash.sha256(text)));
            }
        }
    }

    static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DvtException(ErrorCode.PARSE, "Cannot read " + path + ": " + e.getMessage(), path, 0, e);
        }
    }

    /** dbt hashes seeds up to 1 MiB and records the path for bigger ones. */
    private static FileHash seedChecksum(Path path, String original) {
        try {
            if (Files.size(path) > FileHash.MAX_HASHED_SEED_BYTES) {
                return FileHash.path(original);
            }
            return FileHash.sha256(Files.readAllBytes(path));
        } catch (IOException e) {
            throw new DvtException(ErrorCode.PARSE, "Cannot read seed " + path + ": " + e.getMessage(), path, 0, e);
        }
    }
}
