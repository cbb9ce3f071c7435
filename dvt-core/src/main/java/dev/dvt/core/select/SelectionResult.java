package dev.dvt.core.select;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of a selection.
 *
 * @param selected unique ids, sorted
 * @param unmatched command-line specs that selected nothing, for the "does not match any enabled
 *     nodes" warning
 * @param defaultSelector the selectors.yml default selector, when it was used because nothing was
 *     selected on the command line
 */
public record SelectionResult(
        Set<String> selected, List<String> unmatched, Optional<String> defaultSelector) {

    public SelectionResult {
        selected = Collections.unmodifiableSet(
                new LinkedHashSet<>(requireNonNull(selected, "selected is null")));
        unmatched = List.copyOf(requireNonNull(unmatched, "unmatched is null"));
        requireNonNull(defaultSelector, "defaultSelector is null");
    }
}
