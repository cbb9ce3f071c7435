package dev.dvt.core.seed;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.List;

/**
 * The data rows of an inspected seed, one at a time. Each value is null for NULL, else spelled
 * canonically for its column's type: integers and decimals plain ({@code 1234.5}), booleans
 * {@code true}/{@code false}, dates {@code 2024-01-31}, datetimes {@code 2024-01-31 08:00:00[.f][+hh:mm]},
 * text as written. Text values bound with {@code setString} and cast by the database load
 * correctly into the column types {@link SeedSchema} declares.
 */
public final class SeedRows implements AutoCloseable {
    private final SeedSchema schema;
    private final CsvRecordReader reader;
    private final SeedType[] types;

    SeedRows(SeedSchema schema, CsvRecordReader reader) {
        this.schema = requireNonNull(schema, "schema is null");
        this.reader = reader;
        this.types = schema.columns().stream().map(SeedColumn::type).toArray(SeedType[]::new);
        CsvSeedReader.readHeader(reader);
    }

    /** The next row's values, or null after the last row. */
    public String[] next() {
        List<String> record;
        do {
            record = reader.next();
        } while (record != null && record.isEmpty());
        if (record == null) {
            return null;
        }
        CsvSeedReader.checkWidth(reader, types.length, record.size());
        String[] values = new String[types.length];
        for (int i = 0; i < types.length; i++) {
            values[i] = canonical(i, record.get(i));
        }
        return values;
    }

    /** The line the row last returned by {@link #next()} starts on. */
    public int line() {
        return reader.recordLine();
    }

    private String canonical(int column, String text) {
        if (SeedValues.isNull(text)) {
            return null;
        }
        String value = switch (types[column]) {
            case INTEGER, NUMBER -> {
                SeedValues.Number n = SeedValues.number(text);
                yield n == null ? null : n.plain();
            }
            case DATE -> {
                SeedValues.Temporal t = SeedValues.temporal(text);
                yield t == null || t.hasTime() ? null : t.canonical();
            }
            case DATETIME -> {
                SeedValues.Temporal t = SeedValues.temporal(text);
                yield t == null ? null : SeedValues.asTimestamp(t);
            }
            case BOOLEAN -> SeedValues.bool(text);
            case TEXT -> text;
        };
        if (value == null) {
            SeedColumn c = schema.columns().get(column);
            throw new DvtException(ErrorCode.CONFIG, "Seed file " + schema.file().getFileName() + ", line "
                    + reader.recordLine() + ": value '" + text + "' in column '" + c.name() + "' is not "
                    + c.type().name().toLowerCase(java.util.Locale.ROOT) + "; the file changed while it"
                    + " was being loaded, run the seed again", schema.file(), reader.recordLine());
        }
        return value;
    }

    @Override
    public void close() {
        reader.close();
    }
}
