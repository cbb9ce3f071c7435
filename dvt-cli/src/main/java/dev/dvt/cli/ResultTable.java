package dev.dvt.cli;

import dev.dvt.spi.QueryResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Query rows as {@code dvt show} prints them: a Markdown-style table with a header row, numbers
 * right-aligned and everything else left-aligned, NULL as an empty cell; or as JSON-ready maps.
 */
final class ResultTable {
    private ResultTable() {
    }

    static String text(QueryResult result) {
        List<String> names = result.columnNames();
        int n = names.size();
        List<List<String>> cells = new ArrayList<>();
        boolean[] numeric = new boolean[n];
        java.util.Arrays.fill(numeric, true);
        for (List<Object> row : result.rows()) {
            List<String> line = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Object value = row.get(i);
                if (value != null && !(value instanceof Number)) {
                    numeric[i] = false;
                }
                line.add(cell(value));
            }
            cells.add(line);
        }
        int[] width = new int[n];
        for (int i = 0; i < n; i++) {
            width[i] = Math.max(1, names.get(i).length());
            for (List<String> line : cells) {
                width[i] = Math.max(width[i], line.get(i).length());
            }
            numeric[i] = numeric[i] && !cells.isEmpty();
        }
        StringBuilder out = new StringBuilder();
        appendRow(out, names, width, new boolean[n]);
        List<String> rule = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rule.add("-".repeat(width[i]));
        }
        appendRow(out, rule, width, new boolean[n]);
        for (List<String> line : cells) {
            appendRow(out, line, width, numeric);
        }
        return out.toString().stripTrailing();
    }

    /** One map per row, column name to a JSON-friendly value (numbers and booleans kept, the rest as text). */
    static List<Map<String, Object>> rows(QueryResult result) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < result.columnNames().size(); i++) {
                Object value = row.get(i);
                map.put(result.columnNames().get(i), value == null || value instanceof Number || value instanceof Boolean
                        ? value : value.toString());
            }
            rows.add(map);
        }
        return rows;
    }

    private static void appendRow(StringBuilder out, List<String> values, int[] width, boolean[] rightAligned) {
        out.append('|');
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String pad = " ".repeat(width[i] - value.length());
            out.append(' ').append(rightAligned[i] ? pad + value : value + pad).append(" |");
        }
        out.append('\n');
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString().replace('\n', ' ');
    }
}
