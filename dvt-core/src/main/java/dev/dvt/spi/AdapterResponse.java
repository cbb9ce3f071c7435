package dev.dvt.spi;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the database said about a statement, as run_results.json's {@code adapter_response}
 * records it: a message such as {@code "OK"} or {@code "INSERT 3"}, an optional code, and the rows
 * affected (-1 when unknown).
 */
public record AdapterResponse(String message, String code, long rowsAffected) {
    public AdapterResponse {
        requireNonNull(message, "message is null");
    }

    public static AdapterResponse ok(long rowsAffected) {
        return new AdapterResponse(rowsAffected >= 0 ? "OK " + rowsAffected : "OK", "OK", rowsAffected);
    }

    /** The {@code adapter_response} object of run_results.json. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("_message", message);
        if (code != null) {
            map.put("code", code);
        }
        if (rowsAffected >= 0) {
            map.put("rows_affected", rowsAffected);
        }
        return map;
    }
}
