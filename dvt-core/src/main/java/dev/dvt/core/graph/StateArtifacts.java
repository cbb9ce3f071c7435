package dev.dvt.core.graph;

import static java.util.Objects.requireNonNull;

import dev.dvt.artifacts.freshness.SourceFreshnessOutput;
import dev.dvt.artifacts.freshness.SourceFreshnessResult;
import dev.dvt.artifacts.freshness.SourceFreshnessResults;
import dev.dvt.artifacts.manifest.Macro;
import dev.dvt.artifacts.manifest.Manifest;
import dev.dvt.artifacts.manifest.ManifestWriter;
import dev.dvt.artifacts.results.RunResult;
import dev.dvt.artifacts.results.RunResults;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.select.FreshnessSnapshot;
import dev.dvt.core.select.PreviousState;
import dev.dvt.core.select.SelectableNode;
import dev.dvt.core.select.StateFingerprint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The artifacts of an earlier run, read from {@code --state DIR}: its manifest.json (for
 * {@code state:}), run_results.json (for {@code result:}) and sources.json (for
 * {@code source_status:}), compared against the current project.
 */
public final class StateArtifacts implements PreviousState {
    private final Map<String, StateFingerprint> previous = new HashMap<>();
    private final boolean hasManifest;
    private final Set<String> modifiedMacros = new HashSet<>();
    private final Map<String, String> results;
    private final FreshnessSnapshot previousFreshness;
    private final FreshnessSnapshot currentFreshness;

    private StateArtifacts(Path dir, Manifest current, Path currentTargetPath) {
        Path manifestFile = dir.resolve("manifest.json");
        hasManifest = Files.isRegularFile(manifestFile);
        if (hasManifest) {
            Manifest old = ManifestWriter.read(manifestFile);
            new ManifestSelection(old, Objects.requireNonNullElse(old.getMetadata().getProjectName(), ""))
                    .nodes().forEach(n -> previous.put(n.uniqueId(), ((SelectableNode) n).stateFingerprint()));
            compareMacros(old.getMacros(), current.getMacros());
        }
        Path resultsFile = dir.resolve("run_results.json");
        if (Files.isRegularFile(resultsFile)) {
            Map<String, String> statuses = new LinkedHashMap<>();
            for (RunResult result : RunResults.read(resultsFile).getResults()) {
                statuses.put(result.getUniqueId(), result.getStatus().value());
            }
            results = statuses;
        } else {
            results = null;
        }
        previousFreshness = freshness(dir.resolve("sources.json"));
        currentFreshness = currentTargetPath == null ? null : freshness(currentTargetPath.resolve("sources.json"));
    }

    /** Reads {@code dir}; fails when it does not exist, since --state was given explicitly. */
    public static StateArtifacts read(Path dir, Manifest current, Path currentTargetPath) {
        requireNonNull(dir, "dir is null");
        if (!Files.isDirectory(dir)) {
            throw new DvtException(ErrorCode.USAGE, "The --state directory " + dir
                    + " does not exist: point it at the target/ folder of an earlier run.");
        }
        return new StateArtifacts(dir, current, currentTargetPath);
    }

    private void compareMacros(Map<String, Macro> old, Map<String, Macro> now) {
        Set<String> ids = new HashSet<>(old.keySet());
        ids.addAll(now.keySet());
        for (String id : ids) {
            Macro a = old.get(id);
            Macro b = now.get(id);
            if (a == null || b == null || !Objects.equals(a.getMacroSql(), b.getMacroSql())) {
                modifiedMacros.add(id);
            }
        }
    }

    private static FreshnessSnapshot freshness(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Map<String, Instant> loaded = new HashMap<>();
        Set<String> errored = new HashSet<>();
        for (SourceFreshnessResult result : SourceFreshnessResults.read(file).getResults()) {
            if (result instanceof SourceFreshnessOutput output && output.getMaxLoadedAt() != null) {
                loaded.put(output.getUniqueId(), output.getMaxLoadedAt());
            } else {
                errored.add(result.getUniqueId());
            }
        }
        return new FreshnessSnapshot(loaded, errored);
    }

    @Override
    public boolean hasManifest() {
        return hasManifest;
    }

    @Override
    public Optional<StateFingerprint> previousNode(String uniqueId) {
        return Optional.ofNullable(previous.get(uniqueId));
    }

    @Override
    public Set<String> modifiedMacros() {
        return modifiedMacros;
    }

    @Override
    public Optional<Map<String, String>> results() {
        return Optional.ofNullable(results);
    }

    @Override
    public Optional<FreshnessSnapshot> previousFreshness() {
        return Optional.ofNullable(previousFreshness);
    }

    @Override
    public Optional<FreshnessSnapshot> currentFreshness() {
        return Optional.ofNullable(currentFreshness);
    }
}
