package dev.dvt.federation.plan;

/** How a model runs. */
public enum ExecutionPath {
    /** The model and all its inputs are on the run's default target: plain dbt. */
    DEFAULT,
    /** The model and all its inputs are on one other target: run there with its adapter. */
    PUSHDOWN,
    /** Inputs live on other targets than the model: extract, compute, load. */
    FEDERATION
}
