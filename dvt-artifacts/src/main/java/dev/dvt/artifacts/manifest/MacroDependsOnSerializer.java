package dev.dvt.artifacts.manifest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;

import java.io.IOException;

/** Writes a {@link DependsOn} as dbt's MacroDependsOn ({@code {"macros": [...]}}), for seeds and macros. */
final class MacroDependsOnSerializer extends JsonSerializer<DependsOn> {
    @Override
    public void serialize(DependsOn value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName("macros");
        serializers.defaultSerializeValue(value.getMacros(), gen);
        gen.writeEndObject();
    }
}
