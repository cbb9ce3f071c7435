package dev.dvt.federation.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeltaComparisonTest {
    @Test
    void g75_nothingStoredMeansEverythingIsNew() {
        DeltaComparison.Delta delta = DeltaComparison.compare(Map.of(), Map.of("pk1", "h1", "pk2", "h2"));
        assertThat(delta.added()).containsExactly("pk1", "pk2");
        assertThat(delta.changed()).isEmpty();
        assertThat(delta.deleted()).isEmpty();
    }

    @Test
    void g76_newChangedAndDeleted() {
        DeltaComparison.Delta delta = DeltaComparison.compare(Map.of("a", "h1", "b", "h2"),
                Map.of("a", "h1", "b", "h9", "c", "h3"));
        assertThat(delta.added()).containsExactly("c");
        assertThat(delta.changed()).containsExactly("b");
        assertThat(delta.deleted()).isEmpty();
        assertThat(DeltaComparison.compare(Map.of("a", "h1", "z", "h2"), Map.of("a", "h1")).deleted())
                .containsExactly("z");
    }

    @Test
    void streamingMergeReportsInKeyOrder() {
        List<String> events = new ArrayList<>();
        DeltaComparison.Counts counts = DeltaComparison.compare(
                List.of(new RowHash("1", "x"), new RowHash("3", "x"), new RowHash("5", "x")).iterator(),
                List.of(new RowHash("2", "x"), new RowHash("3", "y"), new RowHash("5", "x"),
                        new RowHash("6", "x")).iterator(),
                DeltaComparison.UTF8_BINARY, new DeltaComparison.Listener() {
                    @Override
                    public void added(String key) {
                        events.add("+" + key);
                    }

                    @Override
                    public void changed(String key) {
                        events.add("~" + key);
                    }

                    @Override
                    public void deleted(String key) {
                        events.add("-" + key);
                    }
                });
        assertThat(events).containsExactly("-1", "+2", "~3", "+6");
        assertThat(counts).isEqualTo(new DeltaComparison.Counts(2, 1, 1, 1));
        assertThat(counts.hasChanges()).isTrue();
    }

    @Test
    void unsortedInputIsRejected() {
        assertThatThrownBy(() -> DeltaComparison.compare(
                List.of(new RowHash("b", "x"), new RowHash("a", "x")).iterator(),
                List.<RowHash>of().iterator(), DeltaComparison.UTF8_BINARY, new DeltaComparison.Listener() {
                    @Override
                    public void added(String key) {
                    }

                    @Override
                    public void changed(String key) {
                    }

                    @Override
                    public void deleted(String key) {
                    }
                }))
                .isInstanceOf(DvtException.class).hasMessageContaining("ascending");
    }

    @Test
    void binaryOrderFollowsUtf8Bytes() {
        // U+FF21 is EF BC A1 in UTF-8, below F0 of U+1F600, but above its UTF-16 surrogate D83D
        assertThat(DeltaComparison.UTF8_BINARY.compare("\uFF21", "\uD83D\uDE00")).isNegative();
        assertThat("\uFF21".compareTo("\uD83D\uDE00")).isPositive();
    }
}
