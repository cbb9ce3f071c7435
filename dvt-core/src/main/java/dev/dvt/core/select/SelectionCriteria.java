package dev.dvt.core.select;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the user asked to select on the command line.
 *
 * @param select values of {@code --select}; each may hold several space-separated specs. Empty
 *     means the flag was not given (then the default selector, or everything, is used)
 * @param exclude values of {@code --exclude}
 * @param selector {@code --selector NAME}, which replaces {@code --select} and {@code --exclude}
 * @param indirectSelection {@code --indirect-selection}
 * @param resourceTypes resource types the command handles; empty means all
 * @param excludeResourceTypes resource types removed from the result
 */
public record SelectionCriteria(
        List<String> select,
        List<String> exclude,
        Optional<String> selector,
        IndirectSelection indirectSelection,
        Set<String> resourceTypes,
        Set<String> excludeResourceTypes) {

    public SelectionCriteria {
        select = List.copyOf(requireNonNull(select, "select is null"));
        exclude = List.copyOf(requireNonNull(exclude, "exclude is null"));
        requireNonNull(selector, "selector is null");
        requireNonNull(indirectSelection, "indirectSelection is null");
        resourceTypes = Set.copyOf(requireNonNull(resourceTypes, "resourceTypes is null"));
        excludeResourceTypes =
                Set.copyOf(requireNonNull(excludeResourceTypes, "excludeResourceTypes is null"));
    }

    /** Nothing given: the default selector, or every node of every type. */
    public static SelectionCriteria all() {
        return new SelectionCriteria(List.of(), List.of(), Optional.empty(),
                IndirectSelection.EAGER, Set.of(), Set.of());
    }

    /** {@code --select} with the given values and nothing else. */
    public static SelectionCriteria select(String... select) {
        return all().withSelect(List.of(select));
    }

    public SelectionCriteria withSelect(List<String> values) {
        return new SelectionCriteria(values, exclude, selector, indirectSelection, resourceTypes,
                excludeResourceTypes);
    }

    public SelectionCriteria withExclude(List<String> values) {
        return new SelectionCriteria(select, values, selector, indirectSelection, resourceTypes,
                excludeResourceTypes);
    }

    public SelectionCriteria withSelector(String name) {
        return new SelectionCriteria(select, exclude, Optional.of(name), indirectSelection,
                resourceTypes, excludeResourceTypes);
    }

    public SelectionCriteria withIndirectSelection(IndirectSelection mode) {
        return new SelectionCriteria(select, exclude, selector, mode, resourceTypes,
                excludeResourceTypes);
    }

    public SelectionCriteria withResourceTypes(Set<String> types) {
        return new SelectionCriteria(select, exclude, selector, indirectSelection, types,
                excludeResourceTypes);
    }

    public SelectionCriteria withExcludeResourceTypes(Set<String> types) {
        return new SelectionCriteria(select, exclude, selector, indirectSelection, resourceTypes,
                types);
    }
}
