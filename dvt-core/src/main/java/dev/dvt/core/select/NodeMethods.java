package dev.dvt.core.select;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** The selection methods that look only at the nodes themselves (everything but state). */
final class NodeMethods {
    /** The resource types dbt keeps in {@code manifest.nodes}. */
    private static final Set<String> MANIFEST_NODE_TYPES = Set.of("model", "seed", "snapshot",
            "test", "analysis", "operation", "sql_operation", "rpc");
    private static final Set<String> RESOURCE_TYPES = Set.of("model", "analysis", "test",
            "snapshot", "operation", "seed", "rpc", "sql_operation", "doc", "source", "macro",
            "exposure", "metric", "group", "saved_query", "semantic_model", "unit_test",
            "fixture", "function");

    private final IndexedGraph graph;
    private final PathMatcher paths;

    NodeMethods(IndexedGraph graph, Optional<Path> projectRoot) {
        this.graph = graph;
        this.paths = new PathMatcher(projectRoot);
    }

    BitSet search(SelectorSpec.Method spec) {
        String value = spec.value();
        return switch (spec.method()) {
            case FQN -> where(node -> !node.resourceType().equals("source")
                    && FqnMatcher.matches(node.fqn(), value, node.version().isPresent()));
            case TAG -> where(node -> node.tags().stream().anyMatch(tag -> Glob.matches(tag, value)));
            case GROUP -> where(node -> (isManifestNode(node) || isType(node, "metric"))
                    && node.group().filter(group -> Glob.matches(group, value)).isPresent());
            case ACCESS -> where(node -> isType(node, "model")
                    && node.access().filter(value::equals).isPresent());
            case SOURCE -> sources(spec);
            case PATH -> paths.search(graph, value);
            case FILE -> where(node -> fileMatches(node.originalFilePath(), value));
            case PACKAGE -> {
                String pkg = value.equals("this") ? graph.source().rootProjectName() : value;
                yield where(node -> Glob.matches(node.packageName(), pkg));
            }
            case CONFIG -> where(node -> (isManifestNode(node) || isType(node, "source"))
                    && ConfigMatcher.matches(node.config(), spec.arguments(), value));
            case RESOURCE_TYPE -> resourceType(value);
            case TEST_NAME -> where(node -> testNameMatches(node, value));
            case TEST_TYPE -> testType(value);
            case VERSION -> version(value);
            case EXPOSURE, METRIC, SEMANTIC_MODEL, SAVED_QUERY, UNIT_TEST -> named(spec);
            case STATE, RESULT, SOURCE_STATUS, SELECTOR -> throw new IllegalArgumentException(
                    "not a node method: " + spec.method());
        };
    }

    private BitSet where(Predicate<SelectableNode> predicate) {
        BitSet result = new BitSet(graph.size());
        for (int i = 0; i < graph.size(); i++) {
            if (predicate.test(graph.node(i))) {
                result.set(i);
            }
        }
        return result;
    }

    private static boolean isType(SelectableNode node, String type) {
        return node.resourceType().equals(type);
    }

    private static boolean isManifestNode(SelectableNode node) {
        return MANIFEST_NODE_TYPES.contains(node.resourceType());
    }

    private static boolean fileMatches(String originalFilePath, String pattern) {
        String fileName = originalFilePath.substring(originalFilePath.lastIndexOf('/') + 1);
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        return Glob.matches(fileName, pattern) || Glob.matches(stem, pattern);
    }

    private BitSet sources(SelectorSpec.Method spec) {
        String[] parts = spec.value().split("\\.", -1);
        if (parts.length > 3) {
            throw new DvtException(ErrorCode.SELECTION, "Invalid source selector '" + spec.raw()
                    + "': use source:SOURCE, source:SOURCE.TABLE or source:PACKAGE.SOURCE.TABLE");
        }
        String pkg = parts.length == 3 ? parts[0] : "*";
        String sourceName = parts[parts.length == 3 ? 1 : 0];
        String table = parts.length == 1 ? "*" : parts[parts.length - 1];
        return where(node -> isType(node, "source")
                && Glob.matches(node.packageName(), pkg)
                && Glob.matches(node.sourceName().orElse(""), sourceName)
                && Glob.matches(node.name(), table));
    }

    /** exposure:, metric:, semantic_model:, saved_query:, unit_test: NAME or PACKAGE.NAME. */
    private BitSet named(SelectorSpec.Method spec) {
        String type = spec.method().value();
        String[] parts = spec.value().split("\\.", -1);
        if (parts.length > 2) {
            throw new DvtException(ErrorCode.SELECTION, "Invalid " + type + " selector '"
                    + spec.raw() + "': use " + type + ":NAME or " + type + ":PACKAGE.NAME");
        }
        String pkg = parts.length == 2 ? parts[0] : "*";
        String name = parts[parts.length - 1];
        return where(node -> isType(node, type) && Glob.matches(node.packageName(), pkg)
                && Glob.matches(node.name(), name));
    }

    private BitSet resourceType(String value) {
        if (!RESOURCE_TYPES.contains(value)) {
            throw new DvtException(ErrorCode.SELECTION, "Invalid resource_type selector '" + value
                    + "'. Valid resource types: " + String.join(", ", RESOURCE_TYPES.stream()
                            .sorted().toList()));
        }
        return where(node -> isType(node, value));
    }

    private static boolean testNameMatches(SelectableNode node, String pattern) {
        if (isType(node, "test")) {
            return node.testName().filter(name -> Glob.matches(name, pattern)).isPresent();
        }
        return isType(node, "unit_test") && Glob.matches(node.name(), pattern);
    }

    private BitSet testType(String value) {
        List<TestType> types = switch (value) {
            case "generic", "schema" -> List.of(TestType.GENERIC);
            case "singular" -> List.of(TestType.SINGULAR);
            case "data" -> List.of(TestType.GENERIC, TestType.SINGULAR);
            case "unit" -> List.of(TestType.UNIT);
            default -> throw new DvtException(ErrorCode.SELECTION, "Invalid test_type selector '"
                    + value + "': expected generic, singular, unit or data");
        };
        return where(node -> node.testType().filter(types::contains).isPresent());
    }

    private BitSet version(String value) {
        Predicate<SelectableNode> predicate = switch (value) {
            case "latest" -> node -> node.version().isPresent()
                    && node.version().equals(node.latestVersion());
            case "prerelease" -> node -> compareToLatest(node) > 0;
            case "old" -> node -> compareToLatest(node) < 0;
            case "none" -> node -> node.version().isEmpty();
            default -> throw new DvtException(ErrorCode.SELECTION, "Invalid version selector '"
                    + value + "': expected latest, prerelease, old or none");
        };
        return where(node -> isType(node, "model") && predicate.test(node));
    }

    /** Sign of version minus latest version; 0 when either is missing. */
    private static int compareToLatest(SelectableNode node) {
        if (node.version().isEmpty() || node.latestVersion().isEmpty()) {
            return 0;
        }
        return compareVersions(node.version().get(), node.latestVersion().get());
    }

    /** Numerically when both parse as numbers (so 10 follows 9), else as text. */
    static int compareVersions(String left, String right) {
        try {
            return Double.compare(Double.parseDouble(left), Double.parseDouble(right));
        } catch (NumberFormatException e) {
            return Integer.signum(left.compareTo(right));
        }
    }
}
