package dev.dvt.compiler.context;

import static java.util.Objects.requireNonNull;

import dev.dvt.compiler.jinja.JavaMacro;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code var()} for the templates of one package, with dbt's precedence: {@code --vars} over the
 * root project's {@code vars:} (package-scoped over global) over the package's own.
 */
public final class ProjectVariables {

    private final Map<String, Map<String, Object>> byPackage;

    /** @param byPackage the merged vars each package sees, already in precedence order */
    public ProjectVariables(Map<String, Map<String, Object>> byPackage) {
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
        requireNonNull(byPackage, "byPackage is null").forEach((k, v) -> copy.put(k,
                Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        this.byPackage = Collections.unmodifiableMap(copy);
    }

    /** The vars {@code packageName} sees. */
    public Map<String, Object> forPackage(String packageName) {
        return byPackage.getOrDefault(packageName, Map.of());
    }

    /** A {@code var(name, default)} function for templates of {@code packageName}. */
    public JavaMacro function(String packageName) {
        Map<String, Object> vars = forPackage(packageName);
        return JavaMacro.of("var(name, default=None)", args -> {
            String name = args.requiredString("name");
            if (vars.containsKey(name)) {
                return vars.get(name);
            }
            if (args.get("default") != null) {
                return args.get("default");
            }
            throw new DvtException(ErrorCode.COMPILATION, "Required var '" + name + "' not found: it is not in "
                    + "--vars or the vars: of dbt_project.yml (vars supplied to " + packageName + ": "
                    + new TreeMap<>(vars).keySet() + "). Define it, or call var('" + name
                    + "', <default>)");
        });
    }
}
