package dev.dvt.spi;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A statement's outcome: the response, and when rows were fetched, the column names, the
 * database's type name for each column, and the rows (values as JDBC returns them).
 */
public record QueryResult(AdapterResponse response, List<String> columnNames, List<String> columnTypes,
        List<List<Object>> rows) {
    public QueryResult {
        requireNonNull(response, "response is null");
        columnNames = List.copyOf(columnNames);
        columnTypes = List.copyOf(columnTypes);
        rows = List.copyOf(rows);
        if (columnNames.size() != columnTypes.size()) {
            throw new IllegalArgumentException("one type per column is needed");
        }
    }

    public static QueryResult of(AdapterResponse response) {
        return new QueryResult(response, List.of(), List.of(), List.of());
    }
}
