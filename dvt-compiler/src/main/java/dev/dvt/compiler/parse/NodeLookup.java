package dev.dvt.compiler.parse;

import static java.util.Objects.requireNonNull;

import dev.dvt.artifacts.manifest.Manifest;
import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.artifacts.manifest.RefArgs;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds what a {@code ref()} means with dbt's rules (root project, the caller's package, then
 * any package; latest version unless one is asked for), for compiling and for other tools.
 */
public final class NodeLookup {

    private final ManifestLinker linker;

    public NodeLookup(Manifest manifest, String rootPackage) {
        this.linker = new ManifestLinker(requireNonNull(manifest, "manifest is null"),
                requireNonNull(rootPackage, "rootPackage is null"), Map.<String, Path>of());
    }

    /** The model, seed or snapshot that {@code ref} means from a template of {@code fromPackage}. */
    public Optional<ManifestNode> ref(String fromPackage, RefArgs ref) {
        return Optional.ofNullable(linker.find(fromPackage, ref));
    }
}
