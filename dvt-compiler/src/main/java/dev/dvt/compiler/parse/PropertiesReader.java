package dev.dvt.compiler.parse;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.yaml.YamlDocument;
import dev.dvt.core.yaml.YamlFiles;
import dev.dvt.core.yaml.YamlMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads properties YAML files into patches, source tables, exposures, groups and test
 * declarations. Nothing here needs Jinja, so it runs on every parse.
 */
final class PropertiesReader {

    private static final Logger LOG = LoggerFactory.getLogger(PropertiesReader.class);
    private static final List<String> PATCH_KEYS = List.of("models", "seeds", "snapshots", "analyses", "macros");

    /** A source table entry with its source entry. */
    record SourceTable(String packageName, YamlMap source, YamlMap table, String originalFilePath) {
    }

    /** An {@code exposures:} or {@code groups:} entry. */
    record Entry(String packageName, YamlMap map, String originalFilePath) {
    }

    final Map<String, ResourcePatch> patches = new LinkedHashMap<>();
    final List<SourceTable> sourceTables = new ArrayList<>();
    final List<Entry> exposures = new ArrayList<>();
    final List<Entry> groups = new ArrayList<>();
    final List<Entry> yamlSnapshots = new ArrayList<>();
    final List<TestDeclaration> tests = new ArrayList<>();
    private boolean semanticLogged;

    /** Parses a properties file; thread-safe, so files can be parsed in parallel before {@link #read}. */
    static YamlDocument parse(ProjectFile file) {
        return YamlFiles.parse(file.text(), file.absolutePath());
    }

    void read(ProjectFile file, YamlDocument doc) {
        YamlMap root = doc.rootMap();
        for (String key : root.keys()) {
            switch (key) {
                case "version" -> { }
                case "models", "seeds", "snapshots", "analyses", "macros" -> readPatches(file, root, key);
                case "sources" -> readSources(file, root);
                case "exposures" -> entries(root, key).forEach(m -> exposures.add(new Entry(file.packageName(), m,
                        file.originalFilePath())));
                case "groups" -> entries(root, key).forEach(m -> groups.add(new Entry(file.packageName(), m,
                        file.originalFilePath())));
                case "semantic_models", "metrics", "saved_queries" -> {
                    if (!semanticLogged) {
                        semanticLogged = true;
                        LOG.debug("Ignoring {} in {}: the semantic layer is not supported by DVT", key,
                                file.originalFilePath());
                    }
                }
                case "unit_tests" -> LOG.warn("Ignoring unit_tests in {}: unit tests are not supported by DVT yet",
                        file.originalFilePath());
                default -> throw root.error(ErrorCode.PARSE, key, "Unknown top-level key '" + key + "' in "
                        + file.originalFilePath() + "; expected one of version, models, seeds, snapshots, "
                        + "analyses, macros, sources, exposures, groups");
            }
        }
    }

    private void readPatches(ProjectFile file, YamlMap root, String key) {
        for (YamlMap entry : entries(root, key)) {
            String name = entry.requiredString("name");
            if (key.equals("snapshots") && entry.has("relation")) {
                yamlSnapshots.add(new Entry(file.packageName(), entry, file.originalFilePath()));
            }
            ResourcePatch patch = new ResourcePatch(file.packageName(), key, name, entry, file.originalFilePath());
            ResourcePatch previous = patches.putIfAbsent(patch.key(), patch);
            if (previous != null) {
                throw entry.error(ErrorCode.PARSE, "name", "The " + singular(key) + " '" + name
                        + "' has properties in two places: " + previous.originalFilePath() + " and "
                        + file.originalFilePath() + ". Keep one entry");
            }
            if (key.equals("macros")) {
                continue;
            }
            String yamlKey = key;
            if (key.equals("models") && entry.has("versions")) {
                for (YamlMap version : listOfMaps(entry, "versions")) {
                    Object v = version.get("v");
                    testsOf(entry).forEach(t -> tests.add(declaration(file, yamlKey, name, null, v, null, t, entry)));
                    testsOf(version).forEach(t -> tests.add(declaration(file, yamlKey, name, null, v, null, t,
                            version)));
                    columnTests(file, yamlKey, name, null, v, entry);
                    columnTests(file, yamlKey, name, null, v, version);
                }
                continue;
            }
            testsOf(entry).forEach(t -> tests.add(declaration(file, yamlKey, name, null, null, null, t, entry)));
            columnTests(file, yamlKey, name, null, null, entry);
        }
    }

    private void readSources(ProjectFile file, YamlMap root) {
        for (YamlMap source : entries(root, "sources")) {
            String sourceName = source.requiredString("name");
            for (YamlMap table : listOfMaps(source, "tables")) {
                String tableName = table.requiredString("name");
                sourceTables.add(new SourceTable(file.packageName(), source, table, file.originalFilePath()));
                testsOf(table).forEach(t -> tests.add(declaration(file, "sources", sourceName, tableName, null, null,
                        t, table)));
                columnTests(file, "sources", sourceName, tableName, null, table);
            }
        }
    }

    private void columnTests(ProjectFile file, String yamlKey, String name, String tableName, Object version,
            YamlMap entry) {
        for (YamlMap column : listOfMaps(entry, "columns")) {
            String columnName = column.requiredString("name");
            testsOf(column).forEach(t -> tests.add(declaration(file, yamlKey, name, tableName, version, columnName,
                    t, column)));
        }
    }

    private TestDeclaration declaration(ProjectFile file, String yamlKey, String name, String table, Object version,
            String column, Object definition, YamlMap owner) {
        return new TestDeclaration(file.packageName(), yamlKey, name, table, version, column, definition,
                file.absolutePath(), file.originalFilePath(), owner.line(owner.has("data_tests") ? "data_tests"
                        : "tests"));
    }

    static List<Object> testsOf(YamlMap entry) {
        List<Object> all = new ArrayList<>();
        for (String key : List.of("data_tests", "tests")) {
            Object value = entry.get(key);
            if (value == null) {
                continue;
            }
            if (!(value instanceof List<?> list)) {
                throw entry.error(ErrorCode.PARSE, key, "'" + entry.pathOf(key) + "' must be a list of tests");
            }
            all.addAll(list);
        }
        return all;
    }

    static List<YamlMap> entries(YamlMap root, String key) {
        return listOfMaps(root, key);
    }

    @SuppressWarnings("unchecked")
    static List<YamlMap> listOfMaps(YamlMap owner, String key) {
        Object value = owner.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw owner.error(ErrorCode.PARSE, key, "'" + owner.pathOf(key) + "' must be a list, not "
                    + YamlMap.describeType(value));
        }
        List<YamlMap> maps = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (!(item instanceof Map<?, ?> m)) {
                throw new DvtException(ErrorCode.PARSE, "Each entry of '" + owner.pathOf(key)
                        + "' must be a mapping with a name, not " + YamlMap.describeType(item),
                        owner.document().file(), owner.document().lineOf(list, i));
            }
            maps.add(owner.document().view((Map<String, Object>) m, owner.pathOf(key) + "[" + i + "]"));
        }
        return maps;
    }

    static String singular(String key) {
        return switch (key) {
            case "analyses" -> "analysis";
            default -> key.substring(0, key.length() - 1);
        };
    }

    static List<String> patchKeys() {
        return PATCH_KEYS;
    }
}
