package dev.dvt.core.select;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns command-line selection strings into {@link SelectorSpec}s. */
public final class SpecParser {
    /** What "no --select" means: every node, source, exposure, metric and semantic model. */
    public static final List<String> DEFAULT_INCLUDES =
            List.of("fqn:*", "source:*", "exposure:*", "metric:*", "semantic_model:*");

    private static final Pattern SPEC = Pattern.compile(
            "\\A(?<childrensParents>@)?(?<parents>(?<parentsDepth>\\d*)\\+)?"
                    + "(?:(?<method>[\\w.]+):)?(?<value>.*?)"
                    + "(?<children>\\+(?<childrenDepth>\\d*))?\\z",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);

    private final IndirectSelection indirectSelection;
    private final Optional<Path> projectRoot;

    /**
     * @param indirectSelection the {@code --indirect-selection} mode every spec gets
     * @param projectRoot lets a bare value naming an existing file or directory mean {@code path:}
     */
    public SpecParser(IndirectSelection indirectSelection, Optional<Path> projectRoot) {
        this.indirectSelection = requireNonNull(indirectSelection, "indirectSelection is null");
        this.projectRoot = requireNonNull(projectRoot, "projectRoot is null");
    }

    public IndirectSelection indirectSelection() {
        return indirectSelection;
    }

    /**
     * {@code --select} minus {@code --exclude}. Each value may hold several space-separated specs
     * (a union); a comma joins specs into an intersection. No {@code --select} values means
     * {@link #DEFAULT_INCLUDES}.
     */
    public SelectorSpec parseCommandLine(List<String> select, List<String> exclude) {
        SelectorSpec included = select.isEmpty()
                ? parseUnion(DEFAULT_INCLUDES, false)
                : parseUnion(select, true);
        SelectorSpec excluded = parseUnion(exclude, true);
        return new SelectorSpec.Combined(SelectorSpec.Operator.DIFFERENCE,
                List.of(included, excluded), indirectSelection, false, Optional.empty());
    }

    /** Space-separated specs in any of the values, each possibly a comma intersection. */
    public SelectorSpec parseUnion(List<String> values, boolean warnIfEmpty) {
        List<SelectorSpec> parts = new ArrayList<>();
        for (String value : values) {
            for (String token : value.trim().split("\\s+")) {
                if (!token.isEmpty()) {
                    parts.add(parseIntersection(token, warnIfEmpty));
                }
            }
        }
        return new SelectorSpec.Combined(SelectorSpec.Operator.UNION, parts, indirectSelection,
                false, Optional.of(String.join(" ", values)));
    }

    private SelectorSpec parseIntersection(String token, boolean warnIfEmpty) {
        List<SelectorSpec> parts = new ArrayList<>();
        for (String part : token.split(",")) {
            if (!part.isEmpty()) {
                parts.add(parseSingle(part));
            }
        }
        return new SelectorSpec.Combined(SelectorSpec.Operator.INTERSECTION, parts,
                indirectSelection, warnIfEmpty, Optional.of(token));
    }

    /** One {@code [@][N+]method:value[+N]} spec. */
    public SelectorSpec.Method parseSingle(String raw) {
        Matcher match = SPEC.matcher(raw);
        if (!match.matches()) {
            throw new DvtException(ErrorCode.SELECTION, "Invalid selector spec '" + raw + "'");
        }
        String value = match.group("value");
        if (value.isEmpty()) {
            throw new DvtException(ErrorCode.SELECTION,
                    "Invalid selector spec '" + raw + "': it has no value to search for");
        }
        String method = match.group("method");
        List<String> methodParts = method == null
                ? List.of(defaultMethod(value).value())
                : Arrays.asList(method.split("\\.", -1));
        return method(raw, methodParts, value,
                match.group("parents") != null, depth(match.group("parentsDepth")),
                match.group("children") != null, depth(match.group("childrenDepth")),
                match.group("childrensParents") != null, indirectSelection);
    }

    /** Builds a method spec, checking that the operators can be combined. */
    static SelectorSpec.Method method(String raw, List<String> methodParts, String value,
            boolean parents, OptionalInt parentsDepth, boolean children, OptionalInt childrenDepth,
            boolean childrensParents, IndirectSelection indirectSelection) {
        if (childrensParents && children) {
            throw new DvtException(ErrorCode.SELECTION, "Invalid selector spec '" + raw
                    + "': the '@' prefix and the '+' suffix cannot be combined");
        }
        MethodName name = MethodName.parse(methodParts.get(0), raw);
        List<String> arguments = methodParts.subList(1, methodParts.size());
        if (name == MethodName.CONFIG && (arguments.isEmpty() || arguments.contains(""))) {
            throw new DvtException(ErrorCode.SELECTION, "Invalid selector spec '" + raw
                    + "': name the config key, as in config.materialized:table");
        }
        return new SelectorSpec.Method(raw, name, arguments, value, parents, parentsDepth,
                children, childrenDepth, childrensParents, indirectSelection);
    }

    /** path: for anything that looks like a path, file: for a file name, else fqn:. */
    MethodName defaultMethod(String value) {
        if (value.indexOf('/') >= 0 || value.indexOf('\\') >= 0 || existsInProject(value)) {
            return MethodName.PATH;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".sql") || lower.endsWith(".py") || lower.endsWith(".csv")) {
            return MethodName.FILE;
        }
        return MethodName.FQN;
    }

    private boolean existsInProject(String value) {
        if (projectRoot.isEmpty() || Glob.hasWildcard(value) || value.equals(".")) {
            return false;
        }
        try {
            return Files.exists(projectRoot.get().resolve(value));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static OptionalInt depth(String digits) {
        return digits == null || digits.isEmpty()
                ? OptionalInt.empty()
                : OptionalInt.of(parseDepth(digits));
    }

    private static int parseDepth(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new DvtException(ErrorCode.SELECTION,
                    "Graph operator depth " + digits + " is too large", e);
        }
    }
}
