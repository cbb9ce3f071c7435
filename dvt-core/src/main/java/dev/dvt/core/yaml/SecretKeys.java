package dev.dvt.core.yaml;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names of configuration keys whose values are secrets. Their values never appear in a
 * {@code toString}, a log line or an error message.
 */
public final class SecretKeys {
    public static final String MASK = "*****";

    private static final Set<String> NAMES = Set.of("password", "pass", "private_key",
            "private_key_passphrase", "token", "client_secret", "keyfile_json", "account_key",
            "sas_token", "secret_access_key", "session_token", "refresh_token", "access_token",
            "api_key");

    private SecretKeys() {
    }

    public static boolean isSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT).replace('-', '_');
        return NAMES.contains(k) || k.contains("password") || k.contains("secret")
                || k.contains("token") || k.contains("passphrase");
    }

    /** A copy of {@code map} whose secret values (at any depth) are replaced by {@link #MASK}. */
    public static Map<String, Object> masked(Map<String, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(key, maskedValue(key, value)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object maskedValue(String key, Object value) {
        if (value != null && isSecret(key)) {
            return MASK;
        }
        if (value instanceof Map<?, ?> nested) {
            return masked((Map<String, ?>) nested);
        }
        return value;
    }
}
