package dev.dvt.core.bulk;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

/**
 * Streams the rows of a JDBC result set as the CSV {@link CsvToParquet} reads: NULL is an empty
 * unquoted field, every other value is quoted (so an empty string stays empty), binary values are
 * written as hex digits and booleans as {@code true}/{@code false}.
 */
public final class ResultSetCsvWriter {
    private static final HexFormat HEX = HexFormat.of();

    private ResultSetCsvWriter() {
    }

    /** Writes every remaining row; returns the count. */
    public static long write(ResultSet rows, List<StagedColumn> columns, Writer out) throws SQLException, IOException {
        int n = columns.size();
        boolean[] binary = new boolean[n];
        boolean[] bool = new boolean[n];
        for (int i = 0; i < n; i++) {
            binary[i] = columns.get(i).duckType().equals("BLOB");
            bool[i] = columns.get(i).duckType().equals("BOOLEAN");
        }
        long count = 0;
        while (rows.next()) {
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    out.write(',');
                }
                String text;
                if (binary[i]) {
                    byte[] bytes = rows.getBytes(i + 1);
                    text = bytes == null ? null : HEX.formatHex(bytes);
                } else if (bool[i]) {
                    boolean value = rows.getBoolean(i + 1);
                    text = rows.wasNull() ? null : Boolean.toString(value);
                } else {
                    text = rows.getString(i + 1);
                }
                if (text != null) {
                    quote(text, out);
                }
            }
            out.write('\n');
            count++;
        }
        return count;
    }

    private static void quote(String text, Writer out) throws IOException {
        out.write('"');
        int start = 0;
        for (int i = text.indexOf('"'); i >= 0; i = text.indexOf('"', start)) {
            out.write(text, start, i - start + 1);
            out.write('"');
            start = i + 1;
        }
        out.write(text, start, text.length() - start);
        out.write('"');
    }
}
