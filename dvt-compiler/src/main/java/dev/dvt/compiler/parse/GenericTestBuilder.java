package dev.dvt.compiler.parse;

import dev.dvt.artifacts.manifest.FileHash;
import dev.dvt.artifacts.manifest.GenericTestNode;
import dev.dvt.artifacts.manifest.NodeConfig;
import dev.dvt.artifacts.manifest.RefArgs;
import dev.dvt.artifacts.manifest.ResourceType;
import dev.dvt.artifacts.manifest.TestMetadata;
import dev.dvt.compiler.jinja.MacroDefinition;
import dev.dvt.compiler.jinja.MacroLibrary;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.ConfigMerger;
import dev.dvt.core.config.ProjectConfigResolver;
import dev.dvt.core.config.ResourceKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Instantiates a generic test from a {@code tests:} entry with dbt's rules: the synthesized name
 * ({@code not_null_orders_order_id}, md5-shortened from 64 characters), the unique id
 * {@code test.<pkg>.<name>.<last 10 hex of md5(name + repr(metadata))>}, kwargs with
 * {@code column_name} and {@code model}, config args lifted into {@code config()}.
 */
final class GenericTestBuilder {

    private static final Pattern TEST_NAME = Pattern.compile("(?:([A-Za-z_]\\w*)\\.)?([A-Za-z_]\\w*)");
    private static final Pattern LOOKS_LIKE_FUNCTION = Pattern.compile("^\\s*(env_var|ref|var|source|doc)\\s*\\(.+\\)\\s*$",
            Pattern.DOTALL);
    private static final List<String> CONFIG_ARGS = List.of("severity", "tags", "enabled", "where", "limit",
            "warn_if", "error_if", "fail_calc", "store_failures", "store_failures_as", "meta", "database", "schema",
            "alias");
    static final String KWARGS_NAME = "_dbt_generic_test_kwargs";

    private final MacroLibrary library;
    private final ProjectConfigResolver resolver;
    private final RelationNaming naming;

    GenericTestBuilder(MacroLibrary library, ProjectConfigResolver resolver, RelationNaming naming) {
        this.library = library;
        this.resolver = resolver;
        this.naming = naming;
    }

    @SuppressWarnings("unchecked")
    GenericTestNode build(TestDeclaration d) {
        String testName;
        Map<String, Object> args;
        Object def = d.definition();
        if (def instanceof String s) {
            testName = s;
            args = new LinkedHashMap<>();
        } else if (def instanceof Map<?, ?> m && m.containsKey("test_name")) {
            args = deepCopy((Map<String, Object>) m);
            testName = String.valueOf(args.remove("test_name"));
        } else if (def instanceof Map<?, ?> m && m.size() == 1) {
            Map.Entry<?, ?> only = m.entrySet().iterator().next();
            testName = String.valueOf(only.getKey());
            if (only.getValue() != null && !(only.getValue() instanceof Map<?, ?>)) {
                throw fail(d, "The arguments of test '" + testName + "' must be a mapping, not "
                        + only.getValue());
            }
            args = only.getValue() == null ? new LinkedHashMap<>() : deepCopy((Map<String, Object>) only.getValue());
        } else {
            throw fail(d, "A test entry must be a test name or a mapping with one key (the test name), got " + def);
        }
        if (args.get("arguments") instanceof Map<?, ?> nested) {
            args.remove("arguments");
            args.putAll((Map<String, Object>) nested);
        }
        if (d.columnName() != null) {
            args.put("column_name", d.columnName());
        }
        if (args.containsKey("model")) {
            throw fail(d, "Test arguments must not include 'model': dbt sets it to the tested relation");
        }
        args.put("model", "{{ get_where_subquery(" + targetCall(d) + ") }}");
        var m = TEST_NAME.matcher(testName);
        if (!m.matches()) {
            throw fail(d, "'" + testName + "' is not a valid test name: use name or package.name");
        }
        String namespace = m.group(1);
        String name = m.group(2);

        Map<String, Object> config = new LinkedHashMap<>();
        Map<String, Object> nestedConfig = args.get("config") instanceof Map<?, ?> c
                ? new LinkedHashMap<>((Map<String, Object>) c) : new LinkedHashMap<>();
        for (String key : CONFIG_ARGS) {
            Object value = args.remove(key);
            if (value == null) {
                value = nestedConfig.remove(key);
            }
            if (value != null) {
                config.put(key, value);
            }
        }
        args.remove("config");
        nestedConfig.forEach((k, v) -> config.put(ConfigMerger.normalizeKey(k), v));
        String description = args.containsKey("description") ? String.valueOf(args.remove("description")) : "";
        String fullName;
        String shortName;
        if (args.containsKey("name")) {
            fullName = String.valueOf(args.remove("name"));
            shortName = fullName;
        } else {
            String[] names = synthesize(d, namespace, name, args);
            shortName = names[0];
            fullName = names[1];
            if (!shortName.equals(fullName) && !config.containsKey("alias")) {
                config.put("alias", shortName);
            }
        }

        GenericTestNode node = new GenericTestNode();
        Map<String, Object> metadata = new TreeMap<>();
        metadata.put("kwargs", hashable(args));
        metadata.put("name", name);
        metadata.put("namespace", PyRepr.str(namespace));
        node.setName(fullName);
        node.setPackageName(d.packageName());
        node.setUniqueId("test." + d.packageName() + "." + fullName + "."
                + md5(fullName + PyRepr.repr(metadata)).substring(22));
        String relative = d.originalFilePath().contains("/")
                ? d.originalFilePath().substring(d.originalFilePath().indexOf('/') + 1) : d.originalFilePath();
        node.setFqn(NodeBuilder.fqn(d.packageName(), relative, fullName));
        node.setPath(shortName + ".sql");
        node.setOriginalFilePath(d.originalFilePath());
        node.setChecksum(new FileHash("none", ""));
        node.setColumnName(d.columnName());
        node.setFileKeyName(d.yamlKey() + "." + d.targetName());
        node.setDescription(description);
        node.setTestMetadata(new TestMetadata(name, args, namespace));
        node.setRawCode("{{ " + (namespace == null ? "" : namespace + ".") + "test_" + name + "(**" + KWARGS_NAME
                + ") }}" + configCall(config));

        NodeConfig nodeConfig = NodeConfig.defaultsFor(ResourceType.TEST);
        nodeConfig.merge(resolver.configFor(ResourceKind.TEST, node.getFqn()));
        nodeConfig.merge(config);
        node.setConfig(nodeConfig);
        node.setConfigCallDict(new LinkedHashMap<>(config));
        node.setUnrenderedConfig(new LinkedHashMap<>(config));
        node.setTags(new ArrayList<>(new TreeSet<>(nodeConfig.getTags())));

        MacroDefinition macro = testMacro(d, namespace, name);
        node.getDependsOn().addMacro(macro.uniqueId());
        boolean builtinShortcut = macro.packageName().equals(MacroLibrary.BUILTIN_PACKAGE)
                && (name.equals("not_null") || name.equals("unique"));
        if (!builtinShortcut) {
            library.resolveCall(d.packageName(), "get_where_subquery").ifPresent(w ->
                    node.getDependsOn().addMacro(w.uniqueId()));
            args.forEach((key, value) -> {
                if (!key.equals("column_name") && !key.equals("model") && value instanceof String s
                        && LOOKS_LIKE_FUNCTION.matcher(s).matches()) {
                    JinjaScan.staticParse(JinjaScan.blocks("{{ " + s + " }}")).ifPresent(r -> {
                        r.refs().forEach(ref -> node.getRefs().add(new RefArgs(ref.name(), ref.packageName(),
                                ref.version())));
                        node.getSources().addAll(r.sources());
                    });
                }
            });
        }
        if (d.onSource()) {
            node.getSources().add(List.of(d.targetName(), d.tableName()));
        } else {
            node.getRefs().add(new RefArgs(d.targetName(), null, d.version()));
        }
        naming.apply(node, null);
        return node;
    }

    private static String targetCall(TestDeclaration d) {
        if (d.onSource()) {
            return "source('" + d.targetName() + "', '" + d.tableName() + "')";
        }
        if (d.version() != null) {
            return "ref('" + d.targetName() + "', version='" + d.version() + "')";
        }
        return "ref('" + d.targetName() + "')";
    }

    private static String[] synthesize(TestDeclaration d, String namespace, String name, Map<String, Object> args) {
        String type = d.onSource() ? "source_" + name : name;
        if (namespace != null) {
            type = namespace + "_" + type;
        }
        String target = d.onSource() ? d.targetName() + "_" + d.tableName()
                : d.version() != null ? d.targetName() + "_v" + d.version() : d.targetName();
        List<String> flat = new ArrayList<>();
        for (String key : new TreeSet<>(args.keySet())) {
            if (key.equals("model")) {
                continue;
            }
            Object value = args.get(key);
            if (value instanceof Map<?, ?> map) {
                map.values().forEach(v -> flat.add(PyRepr.str(v)));
            } else if (value instanceof List<?> list) {
                list.forEach(v -> flat.add(PyRepr.str(v)));
            } else {
                flat.add(PyRepr.str(value));
            }
        }
        List<String> clean = new ArrayList<>();
        flat.forEach(f -> clean.add(f.replaceAll("[^0-9a-zA-Z_]+", "_")));
        String identifier = type + "_" + target;
        String full = identifier + "_" + String.join("__", clean);
        String shortName = full.length() >= 64
                ? identifier.substring(0, Math.min(30, identifier.length())) + "_" + md5(full) : full;
        return new String[] {shortName, full};
    }

    private MacroDefinition testMacro(TestDeclaration d, String namespace, String name) {
        String macroName = "test_" + name;
        Optional<MacroDefinition> found = namespace != null
                ? library.find(namespace, macroName)
                : library.resolveCall(d.packageName(), macroName);
        if (found.isEmpty() && namespace == null) {
            found = library.macros().stream().filter(m -> m.name().equals(macroName)).findFirst();
        }
        return found.orElseThrow(() -> fail(d, "Test '" + (namespace == null ? "" : namespace + ".") + name
                + "' on " + d.yamlKey() + " '" + d.targetName() + "' is not defined: no generic test (macro "
                + macroName + ") exists in the project, its packages or DVT's built-ins. Check the name, or run "
                + "`dvt deps` if it comes from a package"));
    }

    private static String configCall(Map<String, Object> config) {
        if (config.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        config.forEach((k, v) -> parts.add(k + "=" + (v instanceof String s ? "\"" + s.replace("\"", "\\\"") + "\""
                : PyRepr.str(v))));
        return "{{ config(" + String.join(",", parts) + ") }}";
    }

    /** dbt's get_hashable_md: dict keys sorted, leaves as str(). */
    private static Object hashable(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), hashable(v)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(hashable(v)));
            return out;
        }
        return PyRepr.str(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m)
                : v instanceof List<?> l ? new ArrayList<>(l) : v));
        return copy;
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every Java runtime", e);
        }
    }

    private static DvtException fail(TestDeclaration d, String message) {
        return new DvtException(ErrorCode.PARSE, message + " (in " + d.originalFilePath() + ")", d.file(), d.line());
    }
}
