package dev.dvt.federation.state;

import static java.util.Objects.requireNonNull;

import dev.dvt.federation.sql.Hashes;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The schema hash of a source: MD5 hex of the sorted column names joined by {@code |}, followed,
 * when types are known, by {@code |name:type} pairs sorted by name then type. Column order does not
 * matter; a renamed column or a changed type changes the hash.
 */
public final class SchemaHash {
    private SchemaHash() {
    }

    /** Hash of names and types. */
    public static String of(List<ColumnInfo> columns) {
        requireNonNull(columns, "columns is null");
        String names = columns.stream().map(ColumnInfo::name).sorted().collect(Collectors.joining("|"));
        String typed = columns.stream()
                .sorted(Comparator.comparing(ColumnInfo::name).thenComparing(ColumnInfo::type))
                .map(c -> c.name() + ":" + c.type())
                .collect(Collectors.joining("|"));
        return Hashes.md5Hex(columns.isEmpty() ? names : names + "|" + typed);
    }

    /** Hash of names only, for sources whose types are unknown. */
    public static String ofNames(List<String> columnNames) {
        requireNonNull(columnNames, "columnNames is null");
        return Hashes.md5Hex(columnNames.stream().sorted().collect(Collectors.joining("|")));
    }
}
