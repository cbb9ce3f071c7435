package dev.dvt.core.config;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.yaml.YamlMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks a project's {@code require-dbt-version} against the dbt version DVT is compatible with. */
public final class DbtVersionRequirement {
    /** The dbt release whose behaviour DVT reproduces. */
    public static final String DBT_COMPATIBILITY_VERSION = "1.9.0";

    private static final Pattern SPEC = Pattern.compile(
            "\\s*(>=|<=|==|=|>|<)?\\s*v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:[-+.]?[0-9A-Za-z.-]*)?\\s*");

    private DbtVersionRequirement() {
    }

    /**
     * Fails unless {@code version} satisfies every spec (each may hold several comparisons
     * separated by commas). {@code where} locates the {@code key} for error messages.
     */
    public static void check(List<String> specs, String version, String projectName, YamlMap where,
            String key) {
        int[] actual = parse(version, where, key);
        for (String spec : specs) {
            for (String part : spec.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                Matcher m = SPEC.matcher(part);
                if (!m.matches()) {
                    throw where.error(key, "'" + key + "' has an invalid version spec '" + part.strip()
                            + "'; use forms like \">=1.8.0\" or [\">=1.8.0\", \"<2.0.0\"]");
                }
                String op = m.group(1) == null ? "=" : m.group(1);
                int cmp = compare(actual, numbers(m));
                boolean ok = switch (op) {
                    case ">=" -> cmp >= 0;
                    case "<=" -> cmp <= 0;
                    case ">" -> cmp > 0;
                    case "<" -> cmp < 0;
                    default -> cmp == 0;
                };
                if (!ok) {
                    throw new DvtException(ErrorCode.CONFIG, "Project '" + projectName
                            + "' requires dbt " + String.join(", ", specs) + ", but DVT is compatible"
                            + " with dbt " + version + ". Use a DVT release that supports it, or pass"
                            + " --no-version-check to run anyway", where.document().file(),
                            where.line(key));
                }
            }
        }
    }

    private static int[] parse(String version, YamlMap where, String key) {
        Matcher m = SPEC.matcher(version);
        if (!m.matches()) {
            throw where.error(key, "Invalid version '" + version + "'");
        }
        return numbers(m);
    }

    private static int[] numbers(Matcher m) {
        int[] n = new int[3];
        for (int i = 0; i < 3; i++) {
            String group = m.group(i + 2);
            n[i] = group == null ? 0 : Integer.parseInt(group);
        }
        return n;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}
