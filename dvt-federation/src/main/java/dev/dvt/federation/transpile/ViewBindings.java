package dev.dvt.federation.transpile;

import dev.dvt.federation.sql.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.sf.jsqlparser.schema.Table;

/** Finds the view a table reference of the model SQL is rewritten to. */
final class ViewBindings {
    private final List<ViewBinding> bindings;
    private final Set<String> cteNames;

    ViewBindings(List<ViewBinding> bindings, Set<String> cteNames) {
        this.bindings = List.copyOf(bindings);
        this.cteNames = Set.copyOf(cteNames);
    }

    /** The view for a table reference, unless it names a CTE or no input. */
    Optional<String> viewFor(Table table) {
        boolean bare = table.getSchemaName() == null || table.getSchemaName().isEmpty();
        if (bare && cteNames.contains(Identifiers.key(table.getName()))) {
            return Optional.empty();
        }
        return bindings.stream().filter(b -> b.relation().matches(table)).map(ViewBinding::viewName).findFirst();
    }

    /**
     * A column's qualifier for the compute. {@code raw.orders.id} becomes {@code orders.id} when
     * {@code raw.orders} is an input (its view is aliased {@code orders}); other qualifiers keep
     * all their parts.
     */
    String qualifier(Table qualifier, UnaryOperator<String> identifier) {
        boolean qualified = qualifier.getSchemaName() != null && !qualifier.getSchemaName().isEmpty();
        if (qualified && viewFor(qualifier).isPresent()) {
            return identifier.apply(qualifier.getName());
        }
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {qualifier.getDatabaseName(), qualifier.getSchemaName(), qualifier.getName()}) {
            if (part != null && !part.isEmpty()) {
                parts.add(identifier.apply(part));
            }
        }
        return String.join(".", parts);
    }
}
