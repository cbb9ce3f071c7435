package dev.dvt.core.select;

import java.util.ArrayList;
import java.util.List;

/**
 * dbt's rules for {@code fqn:} (and bare words): a node matches by its name, by a dotted prefix of
 * its fqn (so a folder selects everything under it), or by a wildcard pattern over the rest of the
 * fqn; each rule is tried with and without the leading package name. A versioned model also
 * matches {@code name}, {@code name.v2} and {@code name_v2}.
 */
final class FqnMatcher {
    private FqnMatcher() {}

    static boolean matches(List<String> fqn, String selector, boolean versioned) {
        if (fqn.isEmpty()) {
            return false;
        }
        return matchesScoped(fqn, selector, versioned)
                || (fqn.size() > 1 && matchesScoped(fqn.subList(1, fqn.size()), selector, versioned));
    }

    private static boolean matchesScoped(List<String> fqn, String selector, boolean versioned) {
        String[] selectorParts = selector.split("\\.", -1);
        if (versioned && fqn.size() >= 2) {
            if (fqn.get(fqn.size() - 2).equals(selector)) {
                return true;
            }
            String nameAndVersion = fqn.get(fqn.size() - 2) + "_" + fqn.get(fqn.size() - 1);
            String selectorTail = selectorParts.length >= 2
                    ? selectorParts[selectorParts.length - 2] + "_"
                            + selectorParts[selectorParts.length - 1]
                    : selector;
            if (nameAndVersion.equals(selectorTail)) {
                return true;
            }
        } else if (!versioned && fqn.get(fqn.size() - 1).equals(selector)) {
            return true;
        }
        // A model named "a.b" counts as two fqn segments.
        List<String> flat = new ArrayList<>(fqn.size() + 2);
        for (String segment : fqn) {
            for (String piece : segment.split("\\.", -1)) {
                flat.add(piece);
            }
        }
        if (flat.size() < selectorParts.length) {
            return false;
        }
        for (int i = 0; i < selectorParts.length; i++) {
            String part = selectorParts[i];
            if (Glob.hasWildcard(part)) {
                return Glob.matches(String.join(".", flat.subList(i, flat.size())),
                        String.join(".", List.of(selectorParts).subList(i, selectorParts.length)));
            }
            if (!flat.get(i).equals(part)) {
                return false;
            }
        }
        return true;
    }
}
