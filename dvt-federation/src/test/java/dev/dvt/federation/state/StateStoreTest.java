package dev.dvt.federation.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreTest {
    @TempDir
    Path bucket;

    private static SourceState state(String uid) {
        return new SourceState(uid, "orders", "abc", 42,
                List.of(new ColumnInfo("CustomerID", "integer"), new ColumnInfo("name", "text")),
                List.of("CustomerID"), Instant.parse("2026-01-02T03:04:05Z"), "copy", "f00d",
                uid + ".parquet");
    }

    @Test
    void writesAndReadsBackAtTheDocumentedPath() throws Exception {
        StateStore store = new StateStore(bucket);
        store.write(state("source.p.raw.orders"));
        Path file = bucket.resolve("_state/source.p.raw.orders.f00d.state.json");
        assertThat(file).isRegularFile();
        assertThat(Files.readString(file)).contains("\"query_fingerprint\" : \"f00d\"", "\"pk_columns\" : [ \"CustomerID\" ]", "2026-01-02T03:04:05Z");
        assertThat(store.read("source.p.raw.orders", "f00d")).contains(state("source.p.raw.orders"));
        assertThat(store.read("source.p.raw.orders", "beef")).isEmpty();
        try (var files = Files.list(bucket.resolve("_state"))) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void missingCorruptOrWrongShapedFilesReadAsNoState() throws Exception {
        StateStore store = new StateStore(bucket);
        assertThat(store.read("source.p.a", "f")).isEmpty();
        Files.createDirectories(bucket.resolve("_state"));
        Files.writeString(store.pathOf("source.p.a", "f"), "{not json");
        Files.writeString(store.pathOf("source.p.b", "f"), "{\"source_unique_id\":\"source.p.b\"}");
        Files.writeString(store.pathOf("source.p.c", "f"), "[1,2]");
        assertThat(store.read("source.p.a", "f")).isEmpty();
        assertThat(store.read("source.p.b", "f")).isEmpty();
        assertThat(store.read("source.p.c", "f")).isEmpty();
        // G82: corrupt state leads to re-extraction with reason no_state
        assertThat(ExtractionDecision.decide(false, true, store.read("source.p.a", "f"),
                new ExtractionDecision.CurrentSource("h", "f", List.of())).reason())
                .isEqualTo(ExtractionReason.NO_STATE);
    }

    @Test
    void keepsOneStatePerQueryAndDeletes() {
        StateStore store = new StateStore(bucket);
        store.write(state("source.p.x"));
        SourceState otherQuery = new SourceState("source.p.x", "orders", "def", 7, List.of(), List.of(),
                Instant.EPOCH, "jdbc", "beef", "source.p.x.parquet");
        store.write(otherQuery);
        assertThat(store.read("source.p.x", "beef")).contains(otherQuery);
        assertThat(store.read("source.p.x", "f00d")).contains(state("source.p.x"));
        assertThat(store.delete("source.p.x", "beef")).isTrue();
        assertThat(store.delete("source.p.x", "beef")).isFalse();
        assertThat(store.read("source.p.x", "beef")).isEqualTo(Optional.empty());
        assertThat(store.read("source.p.x", "f00d")).isPresent();
    }

    @Test
    void rejectsIdsThatWouldEscapeTheStateDirectory() {
        assertThatThrownBy(() -> new StateStore(bucket).pathOf("../x")).isInstanceOf(DvtException.class);
    }
}
