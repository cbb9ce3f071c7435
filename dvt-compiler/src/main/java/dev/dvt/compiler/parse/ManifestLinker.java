package dev.dvt.compiler.parse;

import dev.dvt.artifacts.manifest.CompiledNode;
import dev.dvt.artifacts.manifest.Exposure;
import dev.dvt.artifacts.manifest.Manifest;
import dev.dvt.artifacts.manifest.ManifestNode;
import dev.dvt.artifacts.manifest.ManifestResource;
import dev.dvt.artifacts.manifest.ModelNode;
import dev.dvt.artifacts.manifest.RefArgs;
import dev.dvt.artifacts.manifest.ResourceType;
import dev.dvt.artifacts.manifest.SourceDefinition;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves every {@code ref()} and {@code source()} of the parsed nodes to unique ids, with
 * dbt's package search order (root project, the node's package, then any package), and fills
 * {@code depends_on.nodes}: sources first, then refs, as dbt does.
 */
final class ManifestLinker {

    private static final Logger LOG = LoggerFactory.getLogger(ManifestLinker.class);

    private final Manifest manifest;
    private final String rootPackage;
    private final Map<String, Path> packageRoots;
    /** name -> package -> refable nodes with that name (every version). */
    private final Map<String, Map<String, List<ManifestNode>>> refable = new HashMap<>();
    private final Map<String, Map<String, SourceDefinition>> sourcesByName = new HashMap<>();

    ManifestLinker(Manifest manifest, String rootPackage, Map<String, Path> packageRoots) {
        this.manifest = manifest;
        this.rootPackage = rootPackage;
        this.packageRoots = packageRoots;
        for (ManifestNode node : manifest.getNodes().values()) {
            if (isRefable(node)) {
                refable.computeIfAbsent(node.getName(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(node.getPackageName(), k -> new ArrayList<>()).add(node);
            }
        }
        for (SourceDefinition s : manifest.getSources().values()) {
            sourcesByName.computeIfAbsent(s.getSourceName() + "." + s.getName(), k -> new LinkedHashMap<>())
                    .put(s.getPackageName(), s);
        }
    }

    static boolean isRefable(ManifestNode node) {
        ResourceType t = node.resourceType();
        return t == ResourceType.MODEL || t == ResourceType.SEED || t == ResourceType.SNAPSHOT;
    }

    void link() {
        List<ManifestNode> orphanTests = new ArrayList<>();
        for (ManifestNode node : manifest.getNodes().values()) {
            if (node instanceof CompiledNode c) {
                try {
                    for (List<String> source : c.getSources()) {
                        node.getDependsOn().addNode(resolveSource(node, source.get(0), source.get(1)).getUniqueId());
                    }
                    for (RefArgs ref : c.getRefs()) {
                        node.getDependsOn().addNode(resolveRef(node, ref).getUniqueId());
                    }
                } catch (DvtException e) {
                    if (node.resourceType() != ResourceType.TEST) {
                        throw e;
                    }
                    // dbt only warns for a test whose model or source is missing, and disables the test
                    LOG.warn("[WARNING]: {}", e.getMessage());
                    orphanTests.add(node);
                }
            }
        }
        for (ManifestNode test : orphanTests) {
            manifest.getNodes().remove(test.getUniqueId());
            test.getConfig().put("enabled", false);
            manifest.addDisabled(test);
        }
        for (Exposure e : manifest.getExposures().values()) {
            for (List<String> source : e.getSources()) {
                e.getDependsOn().addNode(resolveSource(e, source.get(0), source.get(1)).getUniqueId());
            }
            for (RefArgs ref : e.getRefs()) {
                e.getDependsOn().addNode(resolveRef(e, ref).getUniqueId());
            }
        }
    }

    /** The node a {@code ref} from {@code from} means, or null when it does not exist. */
    ManifestNode find(String fromPackage, RefArgs ref) {
        Map<String, List<ManifestNode>> byPackage = refable.get(ref.getName());
        if (byPackage == null) {
            return null;
        }
        List<ManifestNode> candidates;
        if (ref.getPackage() != null) {
            candidates = byPackage.get(ref.getPackage());
        } else if (byPackage.containsKey(rootPackage)) {
            candidates = byPackage.get(rootPackage);
        } else if (byPackage.containsKey(fromPackage)) {
            candidates = byPackage.get(fromPackage);
        } else if (byPackage.size() == 1) {
            candidates = byPackage.values().iterator().next();
        } else {
            throw new DvtException(ErrorCode.PARSE, "ref('" + ref.getName() + "') from package '" + fromPackage
                    + "' is ambiguous: packages " + byPackage.keySet() + " all define it. Write ref('<package>', '"
                    + ref.getName() + "') to pick one");
        }
        return candidates == null ? null : pickVersion(candidates, ref.getVersion());
    }

    private static ManifestNode pickVersion(List<ManifestNode> candidates, Object version) {
        if (version != null) {
            for (ManifestNode n : candidates) {
                if (n instanceof ModelNode m && m.getVersion() != null
                        && String.valueOf(m.getVersion()).equals(String.valueOf(version))) {
                    return n;
                }
            }
            return null;
        }
        for (ManifestNode n : candidates) {
            if (!(n instanceof ModelNode m) || m.getVersion() == null
                    || String.valueOf(m.getVersion()).equals(String.valueOf(m.getLatestVersion()))) {
                return n;
            }
        }
        return candidates.get(0);
    }

    private ManifestNode resolveRef(ManifestResource from, RefArgs ref) {
        ManifestNode target = find(from.getPackageName(), ref);
        if (target != null) {
            return target;
        }
        String shown = ref.getPackage() == null ? ref.getName() : ref.getPackage() + "." + ref.getName();
        if (ref.getVersion() != null) {
            shown += " (version " + ref.getVersion() + ")";
        }
        boolean disabled = manifest.getDisabled().values().stream().flatMap(List::stream)
                .anyMatch(r -> r.getName().equals(ref.getName()) && r instanceof ManifestNode n && isRefable(n));
        String message = describe(from) + " depends on a node named '" + shown + "' which "
                + (disabled ? "is disabled. Enable it, or remove the ref" : "was not found." + hint(ref.getName()));
        throw new DvtException(ErrorCode.PARSE, message, fileOf(from), 0);
    }

    private SourceDefinition resolveSource(ManifestResource from, String sourceName, String tableName) {
        Map<String, SourceDefinition> byPackage = sourcesByName.get(sourceName + "." + tableName);
        if (byPackage != null) {
            for (String pkg : new String[] {rootPackage, from.getPackageName()}) {
                if (byPackage.containsKey(pkg)) {
                    return byPackage.get(pkg);
                }
            }
            return byPackage.values().iterator().next();
        }
        String known = manifest.getSources().values().stream().map(s -> s.getSourceName() + "." + s.getName())
                .min(Comparator.comparingInt(s -> distance(s, sourceName + "." + tableName)))
                .map(s -> " Did you mean '" + s + "'?").orElse("");
        throw new DvtException(ErrorCode.PARSE, describe(from) + " depends on a source named '" + sourceName + "."
                + tableName + "' which was not found. Declare it under sources: in a properties file."
                + known, fileOf(from), 0);
    }

    private String hint(String missing) {
        return refable.keySet().stream().filter(n -> distance(n, missing) <= Math.max(2, missing.length() / 3))
                .min(Comparator.comparingInt(n -> distance(n, missing)))
                .map(n -> " Did you mean '" + n + "'?").orElse("");
    }

    static String describe(ManifestResource r) {
        return capitalize(r.getResourceType()) + " '" + r.getUniqueId() + "' (" + r.getOriginalFilePath() + ")";
    }

    Path fileOf(ManifestResource r) {
        Path root = packageRoots.get(r.getPackageName());
        return root == null || r.getOriginalFilePath() == null ? null : root.resolve(r.getOriginalFilePath());
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Levenshtein distance, for "did you mean" hints. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Two enabled nodes of the same package and type (or a seed and a model) with one name. */
    static void checkUniqueNames(Manifest manifest, Map<String, Path> packageRoots) {
        Map<String, ManifestNode> seen = new HashMap<>();
        for (ManifestNode node : manifest.getNodes().values()) {
            if (!isRefable(node) && node.resourceType() != ResourceType.ANALYSIS) {
                continue;
            }
            Object version = node instanceof ModelNode m ? m.getVersion() : null;
            String kind = isRefable(node) ? "refable" : node.getResourceType();
            String key = node.getPackageName() + ":" + kind + ":" + node.getName() + ":" + Objects.toString(version);
            ManifestNode previous = seen.putIfAbsent(key, node);
            if (previous != null) {
                Path root = packageRoots.get(node.getPackageName());
                throw new DvtException(ErrorCode.PARSE, "Package '" + node.getPackageName() + "' has two resources "
                        + "named '" + node.getName() + "': " + previous.getResourceType() + " "
                        + previous.getOriginalFilePath() + " and " + node.getResourceType() + " "
                        + node.getOriginalFilePath() + ". Names must be unique within a package (ref() would be "
                        + "ambiguous); rename one of them", root == null ? null : root.resolve(
                                node.getOriginalFilePath()), 0);
            }
        }
    }
}
