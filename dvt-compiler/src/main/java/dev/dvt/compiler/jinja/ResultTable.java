package dev.dvt.compiler.jinja;

import static java.util.Objects.requireNonNull;

import com.hubspot.jinjava.objects.serialization.PyishSerializable;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows a statement fetched, shaped like the agate table dbt hands to templates:
 * {@code table.columns[0].values()}, {@code table.columns['id'].values()},
 * {@code table.rows[0][1]}, {@code table.rows[0]['id']}, {@code table.column_names},
 * {@code for row in table.rows}, {@code table.columns.items()}. Dates and timestamps become
 * {@link PyDateTime}s. Immutable.
 */
public final class ResultTable implements PyishSerializable {

    private final List<String> columnNames;
    private final List<String> columnTypes;
    private final List<ResultRow> rows;
    private final Columns columns;

    /**
     * @param columnNames column names in select order
     * @param columnTypes the database type name of each column (same size as the names)
     * @param rows each row's values in column order
     */
    public ResultTable(List<String> columnNames, List<String> columnTypes, List<List<Object>> rows) {
        this.columnNames = List.copyOf(requireNonNull(columnNames, "columnNames is null"));
        this.columnTypes = List.copyOf(requireNonNull(columnTypes, "columnTypes is null"));
        if (this.columnTypes.size() != this.columnNames.size()) {
            throw new IllegalArgumentException("one type per column is needed");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.columnNames.size(); i++) {
            index.putIfAbsent(this.columnNames.get(i), i);
        }
        List<ResultRow> wrapped = new ArrayList<>(rows.size());
        for (List<Object> row : requireNonNull(rows, "rows is null")) {
            if (row.size() != this.columnNames.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " values for "
                        + this.columnNames.size() + " columns");
            }
            List<Object> values = new ArrayList<>(row.size());
            row.forEach(v -> values.add(PyDateTime.fromDatabase(v)));
            wrapped.add(new ResultRow(Collections.unmodifiableList(values), index));
        }
        this.rows = Collections.unmodifiableList(wrapped);
        this.columns = new Columns();
    }

    /** A table with no columns and no rows, the result of a statement that fetched nothing. */
    public static ResultTable empty() {
        return new ResultTable(List.of(), List.of(), List.of());
    }

    public List<ResultRow> getRows() {
        return rows;
    }

    public Columns getColumns() {
        return columns;
    }

    public List<String> getColumnNames() {
        return columnNames;
    }

    public List<String> getColumnTypes() {
        return columnTypes;
    }

    /** The rows as lists of values: what {@code load_result(name)['data']} holds. */
    List<List<Object>> data() {
        List<List<Object>> data = new ArrayList<>(rows.size());
        rows.forEach(r -> data.add(r));
        return data;
    }

    @Override
    public <T extends Appendable & CharSequence> T appendPyishString(T appendable) throws java.io.IOException {
        return (T) appendable.append("<ResultTable columns=" + columnNames + " rows=" + rows.size() + ">");
    }

    /** One column: {@code .name}, {@code .data_type}, {@code .values()}. */
    public final class Column {
        private final int position;

        private Column(int position) {
            this.position = position;
        }

        public String getName() {
            return columnNames.get(position);
        }

        public String getDataType() {
            return columnTypes.get(position);
        }

        public List<Object> values() {
            List<Object> values = new ArrayList<>(rows.size());
            rows.forEach(r -> values.add(r.get(position)));
            return values;
        }
    }

    /** The columns, reachable by position or by name. */
    public final class Columns extends AbstractList<Column> implements PyishSerializable {
        @Override
        public Column get(int index) {
            return new Column(index < 0 ? columnNames.size() + index : index);
        }

        /** The column called {@code name}, or null. */
        public Column get(String name) {
            int i = columnNames.indexOf(name);
            return i < 0 ? null : new Column(i);
        }

        @Override
        public int size() {
            return columnNames.size();
        }

        /** agate's {@code columns.keys()}: the column names. */
        public List<String> keys() {
            return columnNames;
        }

        /** agate's {@code columns.values()}: the columns. */
        public List<Column> values() {
            return List.copyOf(this);
        }

        /** agate's {@code columns.items()}: (name, column) pairs, for {@code for name, column in ...}. */
        public List<Map.Entry<String, Column>> items() {
            List<Map.Entry<String, Column>> items = new ArrayList<>(size());
            for (int i = 0; i < size(); i++) {
                items.add(new AbstractMap.SimpleImmutableEntry<>(columnNames.get(i), get(i)));
            }
            return items;
        }

        @Override
        public <T extends Appendable & CharSequence> T appendPyishString(T appendable) throws java.io.IOException {
            return (T) appendable.append(columnNames.toString());
        }
    }
}
