package dev.dvt.core.dialect;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A one-table query described by parts, for extraction queries and previews that must be written
 * without a SQL parser. {@code from} is already rendered (a relation or a parenthesised query with
 * its alias); {@code limit}, {@code offset} and {@code samplePercent} may be null.
 */
public record SimpleSelect(
        String from,
        List<String> columns,
        List<String> predicates,
        List<String> orderBy,
        Long limit,
        Long offset,
        Double samplePercent) {
    public SimpleSelect {
        requireNonNull(from, "from is null");
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        predicates = List.copyOf(requireNonNull(predicates, "predicates is null"));
        orderBy = List.copyOf(requireNonNull(orderBy, "orderBy is null"));
        if (limit != null && limit < 0 || offset != null && offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
        if (samplePercent != null && (samplePercent <= 0 || samplePercent > 100)) {
            throw new IllegalArgumentException("samplePercent must be in (0, 100]: " + samplePercent);
        }
    }

    public static SimpleSelect from(String from) {
        return new SimpleSelect(from, List.of(), List.of(), List.of(), null, null, null);
    }

    public SimpleSelect withColumns(List<String> newColumns) {
        return new SimpleSelect(from, newColumns, predicates, orderBy, limit, offset, samplePercent);
    }

    public SimpleSelect withPredicates(List<String> newPredicates) {
        return new SimpleSelect(from, columns, newPredicates, orderBy, limit, offset, samplePercent);
    }

    public SimpleSelect withOrderBy(List<String> newOrderBy) {
        return new SimpleSelect(from, columns, predicates, newOrderBy, limit, offset, samplePercent);
    }

    public SimpleSelect withLimit(long newLimit) {
        return new SimpleSelect(from, columns, predicates, orderBy, newLimit, offset, samplePercent);
    }

    public SimpleSelect withOffset(long newOffset) {
        return new SimpleSelect(from, columns, predicates, orderBy, limit, newOffset, samplePercent);
    }

    public SimpleSelect withSamplePercent(double percent) {
        return new SimpleSelect(from, columns, predicates, orderBy, limit, offset, percent);
    }
}
