package dev.dvt.federation.transpile;

import static java.util.Objects.requireNonNull;

import dev.dvt.federation.plan.FederationPlan;
import dev.dvt.federation.plan.InputRelation;
import java.util.List;

/** An input relation and the compute view its staged data is registered as. */
public record ViewBinding(InputRelation relation, String viewName) {
    public ViewBinding {
        requireNonNull(relation, "relation is null");
        requireNonNull(viewName, "viewName is null");
    }

    /** The bindings of every input of a plan. */
    public static List<ViewBinding> of(FederationPlan plan) {
        return plan.sources().stream().map(s -> new ViewBinding(s.input(), s.viewName())).toList();
    }
}
