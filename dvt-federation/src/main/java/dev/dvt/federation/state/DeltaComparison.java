package dev.dvt.federation.state;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the row hashes stored at the last extraction with the current ones and reports the
 * keys that are new, changed or deleted. The streaming form walks two key-ordered iterators side
 * by side (a sorted merge), so neither side is ever held in memory.
 */
public final class DeltaComparison {
    /**
     * Byte order of the UTF-8 encoding, which is what DuckDB and PostgreSQL ({@code COLLATE "C"})
     * use for {@code ORDER BY}; Java's {@code String.compareTo} differs above U+FFFF.
     */
    public static final Comparator<String> UTF8_BINARY = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    /** Receives the differences in key order. */
    public interface Listener {
        void added(String key);

        void changed(String key);

        void deleted(String key);
    }

    /** Counts of a streaming comparison. */
    public record Counts(long added, long changed, long deleted, long unchanged) {
        public boolean hasChanges() {
            return added + changed + deleted > 0;
        }
    }

    /** The differences as sorted key sets (in-memory variant). */
    public record Delta(NavigableSet<String> added, NavigableSet<String> changed,
            NavigableSet<String> deleted) {
        public Delta {
            requireNonNull(added, "added is null");
            requireNonNull(changed, "changed is null");
            requireNonNull(deleted, "deleted is null");
        }
    }

    private DeltaComparison() {
    }

    /**
     * Sorted merge of stored and current row hashes; both iterators must be in ascending
     * {@code order} with unique keys, otherwise a {@link DvtException} is thrown.
     */
    public static Counts compare(Iterator<RowHash> stored, Iterator<RowHash> current,
            Comparator<String> order, Listener listener) {
        requireNonNull(order, "order is null");
        requireNonNull(listener, "listener is null");
        OrderedCursor old = new OrderedCursor("stored", stored, order);
        OrderedCursor now = new OrderedCursor("current", current, order);
        long added = 0;
        long changed = 0;
        long deleted = 0;
        long unchanged = 0;
        while (old.head != null || now.head != null) {
            int cmp = old.head == null ? 1
                    : now.head == null ? -1
                    : order.compare(old.head.key(), now.head.key());
            if (cmp < 0) {
                listener.deleted(old.head.key());
                deleted++;
                old.advance();
            } else if (cmp > 0) {
                listener.added(now.head.key());
                added++;
                now.advance();
            } else {
                if (old.head.hash().equals(now.head.hash())) {
                    unchanged++;
                } else {
                    listener.changed(now.head.key());
                    changed++;
                }
                old.advance();
                now.advance();
            }
        }
        return new Counts(added, changed, deleted, unchanged);
    }

    /** In-memory convenience: both maps go from key to row hash. */
    public static Delta compare(Map<String, String> stored, Map<String, String> current) {
        requireNonNull(stored, "stored is null");
        requireNonNull(current, "current is null");
        NavigableSet<String> added = new TreeSet<>(UTF8_BINARY);
        NavigableSet<String> changed = new TreeSet<>(UTF8_BINARY);
        NavigableSet<String> deleted = new TreeSet<>(UTF8_BINARY);
        compare(sorted(stored), sorted(current), UTF8_BINARY, new Listener() {
            @Override
            public void added(String key) {
                added.add(key);
            }

            @Override
            public void changed(String key) {
                changed.add(key);
            }

            @Override
            public void deleted(String key) {
                deleted.add(key);
            }
        });
        return new Delta(added, changed, deleted);
    }

    private static Iterator<RowHash> sorted(Map<String, String> hashes) {
        TreeMap<String, String> ordered = new TreeMap<>(UTF8_BINARY);
        ordered.putAll(hashes);
        return ordered.entrySet().stream().map(e -> new RowHash(e.getKey(), e.getValue())).iterator();
    }

    /** An iterator that checks the ascending, unique key order the merge relies on. */
    private static final class OrderedCursor {
        private final String side;
        private final Iterator<RowHash> rows;
        private final Comparator<String> order;
        private RowHash head;

        OrderedCursor(String side, Iterator<RowHash> rows, Comparator<String> order) {
            this.side = side;
            this.rows = requireNonNull(rows, side + " rows are null");
            this.order = order;
            this.head = rows.hasNext() ? rows.next() : null;
        }

        void advance() {
            RowHash previous = head;
            head = rows.hasNext() ? rows.next() : null;
            if (head != null && order.compare(previous.key(), head.key()) >= 0) {
                throw new DvtException(ErrorCode.FEDERATION, "The " + side
                        + " row hashes are not in ascending key order or repeat a key ('"
                        + previous.key() + "' then '" + head.key() + "'); delta extraction needs "
                        + "unique primary keys sorted in binary order");
            }
        }
    }
}
