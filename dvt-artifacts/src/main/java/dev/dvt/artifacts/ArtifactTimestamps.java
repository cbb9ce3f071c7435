package dev.dvt.artifacts;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

import static java.util.Objects.requireNonNull;

/** dbt's timestamp text: UTC, six fractional digits, trailing {@code Z} ("2024-01-01T00:00:00.000000Z"). */
public final class ArtifactTimestamps {
    private static final DateTimeFormatter WRITE = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    // dbt has written both "...Z" and naive "..." (no zone, meaning UTC), with 0-9 fractional digits.
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffsetId().optionalEnd()
            .toFormatter();

    private ArtifactTimestamps() {
    }

    public static String format(Instant instant) {
        requireNonNull(instant, "instant is null");
        return WRITE.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    public static Instant parse(String text) {
        requireNonNull(text, "text is null");
        try {
            var parsed = READ.parseBest(text, java.time.OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof java.time.OffsetDateTime offset) {
                return offset.toInstant();
            }
            return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a dbt timestamp: '" + text + "'", e);
        }
    }
}
