package dev.dvt.core.events;

import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Last line of defence for secrets: every secret value read from a profile or bucket config is
 * registered here, and every sink passes text through {@link #redact} before writing it, so a
 * password that slips into a database error message or a rendered SQL statement still never
 * reaches the console, a log file or an artifact.
 */
public final class Redactor {
    static final String MASK = "****";
    // Longest first, so a secret that contains another is masked whole.
    private static final Set<String> SECRETS = new ConcurrentSkipListSet<>(
            Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));

    private Redactor() {
    }

    /** Registers a secret; values shorter than 4 characters are ignored to avoid masking noise. */
    public static void register(String secret) {
        if (secret != null && secret.length() >= 4) {
            SECRETS.add(secret);
        }
    }

    public static String redact(String text) {
        if (text == null || SECRETS.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : SECRETS) {
            if (result.contains(secret)) {
                result = result.replace(secret, MASK);
            }
        }
        return result;
    }

    static void clearForTests() {
        SECRETS.clear();
    }
}
