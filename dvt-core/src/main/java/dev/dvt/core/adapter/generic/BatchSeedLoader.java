package dev.dvt.core.adapter.generic;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.dialect.SqlDialect;
import dev.dvt.core.seed.CsvRecordReader;
import dev.dvt.spi.Relation;
import dev.dvt.spi.SeedLoad;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Loads a seed CSV with batched, parameterised INSERTs: the portable bulk path for databases
 * without a client-side COPY. Values are bound with the Java type of their declared column type so
 * that strict databases need no implicit casts; an empty field is NULL.
 */
final class BatchSeedLoader {
    static final int BATCH_SIZE = 1_000;

    /** How a declared column type's values are bound. */
    enum Binding {
        INTEGER(Types.BIGINT), DECIMAL(Types.DECIMAL), FLOAT(Types.DOUBLE), BOOLEAN(Types.BOOLEAN),
        DATE(Types.DATE), TIMESTAMP(Types.TIMESTAMP), TEXT(Types.VARCHAR);

        final int sqlType;

        Binding(int sqlType) {
            this.sqlType = sqlType;
        }

        static Binding of(String declaredType) {
            String t = declaredType.trim().toLowerCase(Locale.ROOT);
            if (t.contains("int")) {
                return INTEGER;
            }
            if (t.startsWith("decimal") || t.startsWith("numeric") || t.startsWith("number")) {
                return DECIMAL;
            }
            if (t.startsWith("float") || t.startsWith("double") || t.startsWith("real")) {
                return FLOAT;
            }
            if (t.startsWith("bool") || t.equals("bit")) {
                return BOOLEAN;
            }
            if (t.equals("date")) {
                return DATE;
            }
            if (t.startsWith("timestamp") || t.startsWith("datetime")) {
                // Zoned values keep their offset as text; TIMESTAMP_NTZ is Snowflake's zone-less one.
                boolean zoned = t.contains("zone") || t.contains("offset") || t.endsWith("tz") && !t.endsWith("ntz");
                return zoned ? TEXT : TIMESTAMP;
            }
            return TEXT;
        }
    }

    private BatchSeedLoader() {
    }

    /** The INSERT with one parameter per column. */
    static String insertSql(SqlDialect dialect, Relation table, SeedLoad seed) {
        List<String> columns = List.copyOf(seed.columnTypes().keySet());
        return "INSERT INTO " + dialect.render(table.toRelationName()) + " ("
                + columns.stream().map(dialect::quoteIdentifier).collect(Collectors.joining(", ")) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** Inserts every data row of the file; returns the number of rows. */
    static long load(Connection connection, SqlDialect dialect, Relation table, SeedLoad seed) throws SQLException {
        List<Binding> bindings = seed.columnTypes().values().stream().map(Binding::of).toList();
        long rows = 0;
        try (CsvRecordReader csv = new CsvRecordReader(seed.csvFile(), seed.delimiter());
                PreparedStatement insert = connection.prepareStatement(insertSql(dialect, table, seed))) {
            if (seed.header()) {
                csv.next();
            }
            int pending = 0;
            List<String> record;
            while ((record = csv.next()) != null) {
                if (record.isEmpty()) {
                    continue;
                }
                bind(insert, bindings, record, rows + 2);
                insert.addBatch();
                rows++;
                if (++pending == BATCH_SIZE) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        return rows;
    }

    private static void bind(PreparedStatement insert, List<Binding> bindings, List<String> record, long line)
            throws SQLException {
        if (record.size() != bindings.size()) {
            throw new DvtException(ErrorCode.RUNTIME, "Seed line " + line + " has " + record.size()
                    + " fields; the table has " + bindings.size() + " columns");
        }
        List<Object> values = new ArrayList<>(record.size());
        for (int i = 0; i < record.size(); i++) {
            values.add(value(bindings.get(i), record.get(i)));
        }
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                insert.setNull(i + 1, bindings.get(i).sqlType);
            } else if (value instanceof String text) {
                insert.setString(i + 1, text);
            } else {
                insert.setObject(i + 1, value, bindings.get(i).sqlType);
            }
        }
    }

    /** The Java value for a field; text the type cannot parse is passed on as text for the database to judge. */
    static Object value(Binding binding, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return switch (binding) {
                case INTEGER -> Long.parseLong(text);
                case DECIMAL -> new BigDecimal(text);
                case FLOAT -> Double.parseDouble(text);
                case BOOLEAN -> Boolean.parseBoolean(text);
                case DATE -> Date.valueOf(text);
                case TIMESTAMP -> Timestamp.valueOf(text.length() == 10 ? text + " 00:00:00" : text);
                case TEXT -> text;
            };
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
