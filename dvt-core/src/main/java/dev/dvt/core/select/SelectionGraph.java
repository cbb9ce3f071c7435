package dev.dvt.core.select;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The enabled manifest members and their direct dependency edges, as selection sees them. An edge
 * goes from a parent (a node that is depended on) to its child. Implementations must be
 * consistent: every id returned by {@link #parents} or {@link #children} is in {@link #nodes}.
 */
public interface SelectionGraph {

    /** Every enabled member, in a stable order. */
    Collection<? extends SelectableNode> nodes();

    Optional<? extends SelectableNode> node(String uniqueId);

    /** Direct parents: the nodes {@code uniqueId} depends on. */
    Collection<String> parents(String uniqueId);

    /** Direct children: the nodes that depend on {@code uniqueId}. */
    Collection<String> children(String uniqueId);

    /** Name of the root project, which {@code package:this} stands for. */
    String rootProjectName();

    /** Macros a macro calls directly, for {@code state:modified.macros}; none by default. */
    default List<String> macroDependencies(String macroUniqueId) {
        return List.of();
    }
}
