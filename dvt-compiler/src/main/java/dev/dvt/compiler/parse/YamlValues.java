package dev.dvt.compiler.parse;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dvt.artifacts.ArtifactJson;
import dev.dvt.artifacts.manifest.ColumnInfo;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.config.ConfigMerger;
import dev.dvt.core.yaml.YamlMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Conversions from properties-YAML maps to manifest values. */
final class YamlValues {

    private static final ObjectMapper MAPPER = ArtifactJson.mapper();

    private YamlValues() {
    }

    static <T> T convert(YamlMap owner, String key, Class<T> type) {
        Object value = owner.get(key);
        if (value == null) {
            return null;
        }
        try {
            return MAPPER.convertValue(value, type);
        } catch (IllegalArgumentException e) {
            throw owner.error(ErrorCode.PARSE, key, "'" + owner.pathOf(key) + "' is not valid: "
                    + e.getMessage().split("\n")[0]);
        }
    }

    /** The {@code config:} block of an entry, keys normalised. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> config(YamlMap entry) {
        Map<String, Object> out = new LinkedHashMap<>();
        Object value = entry.get("config");
        if (value == null) {
            return out;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw entry.error(ErrorCode.PARSE, "config", "'" + entry.pathOf("config") + "' must be a mapping");
        }
        ((Map<String, Object>) map).forEach((k, v) -> out.put(ConfigMerger.normalizeKey(k), v));
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(YamlMap owner, String key) {
        Object value = owner.get(key);
        if (value == null) {
            return new LinkedHashMap<>();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw owner.error(ErrorCode.PARSE, key, "'" + owner.pathOf(key) + "' must be a mapping");
        }
        return new LinkedHashMap<>((Map<String, Object>) map);
    }

    /** The {@code columns:} of an entry, by name, in file order. */
    static Map<String, ColumnInfo> columns(YamlMap entry) {
        Map<String, ColumnInfo> columns = new LinkedHashMap<>();
        for (YamlMap c : PropertiesReader.listOfMaps(entry, "columns")) {
            ColumnInfo info = new ColumnInfo(c.requiredString("name"));
            info.setDescription(c.string("description", ""));
            info.setDataType(c.string("data_type").orElse(null));
            info.setMeta(map(c, "meta"));
            info.setQuote(c.bool("quote").orElse(null));
            info.setTags(c.stringList("tags", List.of()));
            if (c.has("constraints")) {
                info.setConstraints(List.of(convert(c, "constraints", dev.dvt.artifacts.manifest.Constraint[].class)));
            }
            columns.put(info.getName(), info);
        }
        return columns;
    }
}
