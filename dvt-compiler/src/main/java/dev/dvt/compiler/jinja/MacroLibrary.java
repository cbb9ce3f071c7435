package dev.dvt.compiler.jinja;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every macro of a project: the root project's, the installed packages' and the built-in
 * {@code dbt} package's. Each file is scanned once; {@link DvtTemplateEngine} parses the files.
 *
 * <p>Name resolution follows dbt: an unqualified name called from package {@code P} resolves to
 * {@code P}'s macro, else the root project's, else the built-in {@code dbt} package's (so a project
 * can override {@code generate_schema_name}); any other package's macro needs {@code pkg.name()};
 * {@code dbt.name()} always reaches the built-in one.
 */
public final class MacroLibrary {

    /** The package name of DVT's built-in macros. */
    public static final String BUILTIN_PACKAGE = "dbt";

    private static final String BUILTIN_RESOURCES = "/dev/dvt/compiler/macros/";

    /** One index per directory of built-in macros, each listing its directory's files. */
    private static final List<String> BUILTIN_INDEXES =
            List.of("index.txt", "adapters/index.txt", "materializations/index.txt");

    /** A scanned file ready for jinjava. */
    record LoadedFile(String packageName, Path file, String jinjaText) {
    }

    private final String rootPackage;
    private final Map<String, Map<String, MacroDefinition>> byPackage;
    private final List<LoadedFile> files;

    private MacroLibrary(String rootPackage, Map<String, Map<String, MacroDefinition>> byPackage,
            List<LoadedFile> files) {
        this.rootPackage = rootPackage;
        this.byPackage = byPackage;
        this.files = files;
    }

    /**
     * Loads the built-in macros plus {@code sources}.
     *
     * @throws DvtException (COMPILATION) for an unclosed block, or (PARSE) when a package defines
     *     the same macro twice
     */
    public static MacroLibrary load(String rootPackage, List<MacroSource> sources) {
        requireNonNull(rootPackage, "rootPackage is null");
        List<MacroSource> all = new ArrayList<>(builtinSources());
        all.addAll(sources);
        Map<String, Map<String, MacroDefinition>> byPackage = new LinkedHashMap<>();
        Map<String, List<MacroFileScanner.Found>> foundByFile = new LinkedHashMap<>();
        List<LoadedFile> files = new ArrayList<>();
        List<MacroSource> scannedSources = new ArrayList<>();
        for (MacroSource source : all) {
            MacroFileScanner.Scanned scanned = MacroFileScanner.scan(source);
            files.add(new LoadedFile(source.packageName(), source.file(), scanned.jinjaText()));
            scannedSources.add(source);
            foundByFile.put(source.packageName() + "\u0000" + source.file(), scanned.macros());
            byPackage.computeIfAbsent(source.packageName(), p -> new LinkedHashMap<>());
        }
        // Two passes: calls can only be resolved once every package's names are known.
        for (MacroSource source : scannedSources) {
            Map<String, MacroDefinition> macros = byPackage.get(source.packageName());
            for (MacroFileScanner.Found f : foundByFile.get(source.packageName() + "\u0000" + source.file())) {
                MacroDefinition previous = macros.get(f.name());
                if (previous != null) {
                    throw new DvtException(ErrorCode.PARSE, "package '" + source.packageName()
                            + "' defines macro '" + f.name() + "' twice (also at " + previous.file() + ", line "
                            + previous.line() + "); rename or delete one of them", source.file(), f.line());
                }
                macros.put(f.name(), new MacroDefinition(f.name(), source.packageName(), source.file(), f.line(),
                        f.source(), f.kind(), List.of()));
            }
        }
        MacroLibrary unresolved = new MacroLibrary(rootPackage, byPackage, List.copyOf(files));
        for (MacroSource source : scannedSources) {
            Map<String, MacroDefinition> macros = byPackage.get(source.packageName());
            for (MacroFileScanner.Found f : foundByFile.get(source.packageName() + "\u0000" + source.file())) {
                Set<String> calls = new LinkedHashSet<>();
                for (String called : f.calledNames()) {
                    unresolved.resolveCall(source.packageName(), called)
                            .ifPresent(d -> calls.add(d.uniqueId()));
                }
                MacroDefinition d = macros.get(f.name());
                macros.put(f.name(), new MacroDefinition(d.name(), d.packageName(), d.file(), d.line(), d.source(),
                        d.kind(), new ArrayList<>(calls)));
            }
        }
        return unresolved;
    }

    public String rootPackage() {
        return rootPackage;
    }

    /** Package names, built-in first, then in the order their files were given. */
    public Set<String> packages() {
        return Collections.unmodifiableSet(byPackage.keySet());
    }

    /** All macros, package by package. */
    public List<MacroDefinition> macros() {
        List<MacroDefinition> all = new ArrayList<>();
        byPackage.values().forEach(m -> all.addAll(m.values()));
        return all;
    }

    /** The macro {@code name} of package {@code packageName}. */
    public Optional<MacroDefinition> find(String packageName, String name) {
        Map<String, MacroDefinition> macros = byPackage.get(packageName);
        return macros == null ? Optional.empty() : Optional.ofNullable(macros.get(name));
    }

    /**
     * What {@code name} (plain, or {@code pkg.name}) means when called from a template of package
     * {@code callingPackage}.
     */
    public Optional<MacroDefinition> resolveCall(String callingPackage, String name) {
        int dot = name.indexOf('.');
        if (dot > 0) {
            return find(name.substring(0, dot), name.substring(dot + 1));
        }
        for (String pkg : searchOrder(callingPackage)) {
            Optional<MacroDefinition> found = find(pkg, name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Packages an unqualified name is looked up in, first match wins. */
    List<String> searchOrder(String callingPackage) {
        List<String> order = new ArrayList<>(3);
        if (callingPackage != null && !callingPackage.equals(rootPackage) && byPackage.containsKey(callingPackage)) {
            order.add(callingPackage);
        }
        order.add(rootPackage);
        order.add(BUILTIN_PACKAGE);
        return order;
    }

    List<LoadedFile> files() {
        return files;
    }

    private static List<MacroSource> builtinSources() {
        List<MacroSource> sources = new ArrayList<>();
        for (String index : BUILTIN_INDEXES) {
            String dir = index.contains("/") ? index.substring(0, index.lastIndexOf('/') + 1) : "";
            for (String name : readResource(index).split("\\R")) {
                if (!name.isBlank()) {
                    sources.add(new MacroSource(BUILTIN_PACKAGE, Path.of("macros", dir + name.trim()),
                            readResource(dir + name.trim())));
                }
            }
        }
        return sources;
    }

    private static String readResource(String name) {
        try (InputStream in = MacroLibrary.class.getResourceAsStream(BUILTIN_RESOURCES + name)) {
            if (in == null) {
                throw new DvtException(ErrorCode.INTERNAL, "built-in macro file missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
