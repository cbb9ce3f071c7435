package dev.dvt.federation.seed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The top-level keys of a JSON seed's records in the order they first appear. Spark's JSON
 * reader sorts inferred columns by name; selecting them in this order keeps the file's order, as
 * DuckDB's {@code read_json} does.
 */
final class JsonSeedColumns {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonSeedColumns() {
    }

    /** Works for newline-delimited records and for one array of records. */
    static List<String> of(Path file) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> keys = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            JsonToken token = parser.nextToken();
            boolean array = token == JsonToken.START_ARRAY;
            if (array) {
                token = parser.nextToken();
            }
            while (token != null && token != JsonToken.END_ARRAY) {
                if (token == JsonToken.START_OBJECT) {
                    for (token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                        String key = parser.currentName();
                        if (seen.add(key.toLowerCase(Locale.ROOT))) {
                            keys.add(key);
                        }
                        parser.nextToken();
                        parser.skipChildren();
                    }
                } else {
                    parser.skipChildren();
                }
                token = parser.nextToken();
            }
            return keys;
        } catch (IOException e) {
            throw new DvtException(ErrorCode.RUNTIME, "Seed file " + file.getFileName() + " is not valid JSON ("
                    + e.getMessage().lines().findFirst().orElse("") + "); write one record per line or one array of"
                    + " records", file, 0, e);
        }
    }
}
