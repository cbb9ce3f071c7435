package dev.dvt.federation.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtractionDecisionTest {
    private static final SourceState STORED = new SourceState("source.p.o", "orders", "hash1", 10,
            List.of(), List.of("id"), Instant.EPOCH, "copy", "fp1", "source.p.o.parquet");

    private static ExtractionReason decide(boolean fullRefresh, boolean staging, Optional<SourceState> state,
            String hash, String fingerprint, List<String> pk) {
        return ExtractionDecision.decide(fullRefresh, staging, state,
                new ExtractionDecision.CurrentSource(hash, fingerprint, pk)).reason();
    }

    @Test
    void g69_to_g73_rulesInOrder() {
        assertThat(decide(true, true, Optional.of(STORED), "hash1", "fp1", List.of("id")))
                .isEqualTo(ExtractionReason.FULL_REFRESH);
        assertThat(decide(false, false, Optional.of(STORED), "hash1", "fp1", List.of("id")))
                .isEqualTo(ExtractionReason.NO_STAGING);
        assertThat(decide(false, true, Optional.empty(), "hash1", "fp1", List.of("id")))
                .isEqualTo(ExtractionReason.NO_STATE);
        assertThat(decide(false, true, Optional.of(STORED), "hash2", "fp1", List.of("id")))
                .isEqualTo(ExtractionReason.SCHEMA_CHANGED);
        assertThat(decide(false, true, Optional.of(STORED), "hash1", "fp1", List.of()))
                .isEqualTo(ExtractionReason.SCHEMA_CHANGED);
    }

    @Test
    void differentPredicatesNeverReuseStaging() {
        // B8: another model's extraction query for the same source must not reuse this staging
        ExtractionDecision decision = ExtractionDecision.decide(false, true, Optional.of(STORED),
                new ExtractionDecision.CurrentSource("hash1", "fp2", List.of("id")));
        assertThat(decision.reason()).isEqualTo(ExtractionReason.QUERY_CHANGED);
        assertThat(decision.fullExtraction()).isTrue();
    }

    @Test
    void unchangedSourceWithKeyGoesDeltaWithoutKeySkips() {
        ExtractionDecision delta = ExtractionDecision.decide(false, true, Optional.of(STORED),
                new ExtractionDecision.CurrentSource("hash1", "fp1", List.of("id")));
        assertThat(delta.reason()).isEqualTo(ExtractionReason.DELTA);
        assertThat(delta.fullExtraction()).isFalse();
        assertThat(delta.queriesSource()).isTrue();
        SourceState noKey = new SourceState("source.p.o", "orders", "hash1", 10, List.of(), List.of(),
                Instant.EPOCH, "copy", "fp1", "source.p.o.parquet");
        ExtractionDecision skip = ExtractionDecision.decide(false, true, Optional.of(noKey),
                new ExtractionDecision.CurrentSource("hash1", "fp1", List.of()));
        assertThat(skip.reason()).isEqualTo(ExtractionReason.SKIP);
        assertThat(skip.reason().label()).isEqualTo("skip");
        assertThat(skip.queriesSource()).isFalse();
    }
}
