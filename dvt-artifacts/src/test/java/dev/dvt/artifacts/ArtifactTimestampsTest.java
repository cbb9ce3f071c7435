package dev.dvt.artifacts;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArtifactTimestampsTest {
    @Test
    void formatsWithMicrosecondsAndZ() {
        assertThat(ArtifactTimestamps.format(Instant.parse("2024-01-01T00:00:00Z"))).isEqualTo("2024-01-01T00:00:00.000000Z");
        assertThat(ArtifactTimestamps.format(Instant.parse("2024-05-06T07:08:09.123456789Z")))
                .isEqualTo("2024-05-06T07:08:09.123456Z");
    }

    @Test
    void readsTheFormsDbtHasWritten() {
        Instant expected = Instant.parse("2024-05-06T07:08:09.123456Z");
        assertThat(ArtifactTimestamps.parse("2024-05-06T07:08:09.123456Z")).isEqualTo(expected);
        assertThat(ArtifactTimestamps.parse("2024-05-06T07:08:09.123456")).isEqualTo(expected);
        assertThat(ArtifactTimestamps.parse("2024-05-06T09:08:09.123456+02:00")).isEqualTo(expected);
        assertThat(ArtifactTimestamps.parse("2024-05-06T07:08:09Z")).isEqualTo(Instant.parse("2024-05-06T07:08:09Z"));
    }

    @Test
    void rejectsOtherText() {
        assertThatThrownBy(() -> ArtifactTimestamps.parse("yesterday")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("yesterday");
    }
}
