package dev.dvt.artifacts.manifest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * The parsed project as written to {@code target/manifest.json} (dbt manifest v12). The parser
 * fills it with the {@code add*} methods, then calls {@link #buildDependencyMaps()} before writing.
 * Metrics, saved queries, semantic models and unit tests are kept as raw JSON objects.
 */
public class Manifest {
    private ManifestMetadata metadata = new ManifestMetadata();
    private Map<String, ManifestNode> nodes = new LinkedHashMap<>();
    private Map<String, SourceDefinition> sources = new LinkedHashMap<>();
    private Map<String, Macro> macros = new LinkedHashMap<>();
    private Map<String, Documentation> docs = new LinkedHashMap<>();
    private Map<String, Exposure> exposures = new LinkedHashMap<>();
    private Map<String, Object> metrics = new LinkedHashMap<>();
    private Map<String, Group> groups = new LinkedHashMap<>();
    private Map<String, Object> selectors = new LinkedHashMap<>();
    private Map<String, List<ManifestResource>> disabled = new LinkedHashMap<>();
    private Map<String, List<String>> parentMap = new LinkedHashMap<>();
    private Map<String, List<String>> childMap = new LinkedHashMap<>();
    private Map<String, List<String>> groupMap = new LinkedHashMap<>();
    private Map<String, Object> savedQueries = new LinkedHashMap<>();
    private Map<String, Object> semanticModels = new LinkedHashMap<>();
    private Map<String, Object> unitTests = new LinkedHashMap<>();

    public void addNode(ManifestNode node) {
        nodes.put(idOf(node), node);
    }

    public void addSource(SourceDefinition source) {
        sources.put(idOf(source), source);
    }

    public void addMacro(Macro macro) {
        macros.put(idOf(macro), macro);
    }

    public void addDoc(Documentation doc) {
        docs.put(idOf(doc), doc);
    }

    public void addExposure(Exposure exposure) {
        exposures.put(idOf(exposure), exposure);
    }

    public void addGroup(Group group) {
        groups.put(idOf(group), group);
    }

    /** Records a resource whose config has {@code enabled: false}; dbt keeps a list per unique id. */
    public void addDisabled(ManifestResource resource) {
        disabled.computeIfAbsent(idOf(resource), id -> new ArrayList<>()).add(resource);
    }

    /**
     * Fills parent_map, child_map and group_map from the nodes' and exposures' depends_on and
     * groups, as dbt does: every node, source and exposure is a key, lists are sorted. Sets keep
     * it linear when one node has thousands of children.
     */
    public void buildDependencyMaps() {
        Map<String, Set<String>> parents = new TreeMap<>();
        Map<String, Set<String>> children = new TreeMap<>();
        for (String id : sources.keySet()) {
            parents.put(id, new LinkedHashSet<>());
            children.put(id, new LinkedHashSet<>());
        }
        nodes.forEach((id, node) -> link(id, node.getDependsOn(), parents, children));
        exposures.forEach((id, exposure) -> link(id, exposure.getDependsOn(), parents, children));
        parentMap = sorted(parents);
        childMap = sorted(children);

        Map<String, Set<String>> byGroup = new TreeMap<>();
        groups.values().forEach(group -> byGroup.put(group.getName(), new LinkedHashSet<>()));
        nodes.forEach((id, node) -> {
            if (node.getGroup() != null) {
                byGroup.computeIfAbsent(node.getGroup(), name -> new LinkedHashSet<>()).add(id);
            }
        });
        groupMap = sorted(byGroup);
    }

    private static void link(String id, DependsOn dependsOn, Map<String, Set<String>> parents,
            Map<String, Set<String>> children) {
        Set<String> myParents = parents.computeIfAbsent(id, key -> new LinkedHashSet<>());
        children.computeIfAbsent(id, key -> new LinkedHashSet<>());
        for (String parent : dependsOn.getNodes()) {
            myParents.add(parent);
            children.computeIfAbsent(parent, key -> new LinkedHashSet<>()).add(id);
        }
    }

    private static Map<String, List<String>> sorted(Map<String, Set<String>> map) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        map.forEach((key, values) -> {
            List<String> list = new ArrayList<>(values);
            list.sort(null);
            out.put(key, list);
        });
        return out;
    }

    private static String idOf(ManifestResource resource) {
        requireNonNull(resource, "resource is null");
        return requireNonNull(resource.getUniqueId(), () -> resource.getClass().getSimpleName() + " has no unique_id");
    }

    public ManifestMetadata getMetadata() {
        return metadata;
    }

    public void setMetadata(ManifestMetadata metadata) {
        this.metadata = requireNonNull(metadata, "metadata is null");
    }

    public Map<String, ManifestNode> getNodes() {
        return nodes;
    }

    public void setNodes(Map<String, ManifestNode> nodes) {
        this.nodes = orEmpty(nodes);
    }

    public Map<String, SourceDefinition> getSources() {
        return sources;
    }

    public void setSources(Map<String, SourceDefinition> sources) {
        this.sources = orEmpty(sources);
    }

    public Map<String, Macro> getMacros() {
        return macros;
    }

    public void setMacros(Map<String, Macro> macros) {
        this.macros = orEmpty(macros);
    }

    public Map<String, Documentation> getDocs() {
        return docs;
    }

    public void setDocs(Map<String, Documentation> docs) {
        this.docs = orEmpty(docs);
    }

    public Map<String, Exposure> getExposures() {
        return exposures;
    }

    public void setExposures(Map<String, Exposure> exposures) {
        this.exposures = orEmpty(exposures);
    }

    public Map<String, Object> getMetrics() {
        return metrics;
    }

    public void setMetrics(Map<String, Object> metrics) {
        this.metrics = orEmpty(metrics);
    }

    public Map<String, Group> getGroups() {
        return groups;
    }

    public void setGroups(Map<String, Group> groups) {
        this.groups = orEmpty(groups);
    }

    /** selectors.yml definitions, by selector name. */
    public Map<String, Object> getSelectors() {
        return selectors;
    }

    public void setSelectors(Map<String, Object> selectors) {
        this.selectors = orEmpty(selectors);
    }

    public Map<String, List<ManifestResource>> getDisabled() {
        return disabled;
    }

    /** Entries of resource types DVT does not model (metrics, semantic models, ...) are dropped. */
    public void setDisabled(Map<String, List<ManifestResource>> disabled) {
        Map<String, List<ManifestResource>> kept = new LinkedHashMap<>();
        orEmpty(disabled).forEach((id, resources) -> {
            List<ManifestResource> known = resources == null ? List.of()
                    : resources.stream().filter(Objects::nonNull).toList();
            if (!known.isEmpty()) {
                kept.put(id, new ArrayList<>(known));
            }
        });
        this.disabled = kept;
    }

    public Map<String, List<String>> getParentMap() {
        return parentMap;
    }

    public void setParentMap(Map<String, List<String>> parentMap) {
        this.parentMap = orEmpty(parentMap);
    }

    public Map<String, List<String>> getChildMap() {
        return childMap;
    }

    public void setChildMap(Map<String, List<String>> childMap) {
        this.childMap = orEmpty(childMap);
    }

    public Map<String, List<String>> getGroupMap() {
        return groupMap;
    }

    public void setGroupMap(Map<String, List<String>> groupMap) {
        this.groupMap = orEmpty(groupMap);
    }

    public Map<String, Object> getSavedQueries() {
        return savedQueries;
    }

    public void setSavedQueries(Map<String, Object> savedQueries) {
        this.savedQueries = orEmpty(savedQueries);
    }

    public Map<String, Object> getSemanticModels() {
        return semanticModels;
    }

    public void setSemanticModels(Map<String, Object> semanticModels) {
        this.semanticModels = orEmpty(semanticModels);
    }

    public Map<String, Object> getUnitTests() {
        return unitTests;
    }

    public void setUnitTests(Map<String, Object> unitTests) {
        this.unitTests = orEmpty(unitTests);
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? new LinkedHashMap<>() : map;
    }
}
