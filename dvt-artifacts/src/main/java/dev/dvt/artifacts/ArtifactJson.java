package dev.dvt.artifacts;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * The one Jackson setup used for every dbt artifact: snake_case property names, nulls written
 * (dbt writes them), unknown properties tolerated on read (older and newer dbt versions add keys),
 * and timestamps in dbt's microsecond UTC form.
 */
public final class ArtifactJson {
    private static final ObjectMapper MAPPER = createMapper();

    private ArtifactJson() {
    }

    /** The shared mapper; thread-safe once configured, so callers must not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Writes {@code value} as pretty JSON to {@code file} through a temporary file, so readers never see half a file. */
    public static void write(Path file, Object value) {
        requireNonNull(file, "file is null");
        requireNonNull(value, "value is null");
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                MAPPER.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), value);
                moveIntoPlace(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Reads an artifact file into {@code type}. */
    public static <T> T read(Path file, Class<T> type) {
        requireNonNull(file, "file is null");
        requireNonNull(type, "type is null");
        try {
            return MAPPER.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " as " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Serializes to a compact JSON string. */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a JSON string into {@code type}. */
    public static <T> T fromJson(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static ObjectMapper createMapper() {
        SimpleModule timestamps = new SimpleModule("dbt-timestamps");
        timestamps.addSerializer(Instant.class, new InstantSerializer());
        timestamps.addDeserializer(Instant.class, new InstantDeserializer());
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(timestamps)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)
                .build();
    }

    private static final class InstantSerializer extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(ArtifactTimestamps.format(value));
        }
    }

    private static final class InstantDeserializer extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return ArtifactTimestamps.parse(p.getValueAsString());
        }
    }
}
