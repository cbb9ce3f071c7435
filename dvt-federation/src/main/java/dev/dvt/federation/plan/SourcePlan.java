package dev.dvt.federation.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalLong;

/**
 * What the federation engine does with one input of a model: read {@code extraction.sql()} from
 * the input's database, stage it, and register it in the compute as {@code viewName}.
 *
 * @param aliases every name the query uses for the input (empty if the query does not name it)
 * @param allColumns true when every column is read ({@code SELECT *})
 * @param columns the real column names read, in the relation's order; empty when allColumns
 * @param predicates filters pushed to the source, already in its dialect
 * @param limit a row limit pushed to the source
 */
public record SourcePlan(InputRelation input, List<String> aliases, String viewName, boolean allColumns,
        List<String> columns, List<String> predicates, OptionalLong limit, ExtractionQuery extraction) {
    public SourcePlan {
        requireNonNull(input, "input is null");
        requireNonNull(viewName, "viewName is null");
        requireNonNull(limit, "limit is null");
        requireNonNull(extraction, "extraction is null");
        aliases = List.copyOf(requireNonNull(aliases, "aliases is null"));
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        predicates = List.copyOf(requireNonNull(predicates, "predicates is null"));
    }

    public String key() {
        return input.key();
    }

    public String extractionSql() {
        return extraction.sql();
    }

    public String fingerprint() {
        return extraction.fingerprint();
    }
}
