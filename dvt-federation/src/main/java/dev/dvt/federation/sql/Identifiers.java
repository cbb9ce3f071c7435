package dev.dvt.federation.sql;

import java.util.Locale;

/** Helpers for identifiers as they appear in SQL text: quoted or bare. */
public final class Identifiers {
    private Identifiers() {
    }

    /** True when the identifier is wrapped in {@code "…"}, {@code `…`} or {@code […]}. */
    public static boolean isQuoted(String identifier) {
        if (identifier == null || identifier.length() < 2) {
            return false;
        }
        char first = identifier.charAt(0);
        char last = identifier.charAt(identifier.length() - 1);
        return (first == '"' && last == '"') || (first == '`' && last == '`') || (first == '[' && last == ']');
    }

    /** The identifier without its quotes (doubled closing quotes undone); null stays null. */
    public static String unquote(String identifier) {
        if (!isQuoted(identifier)) {
            return identifier;
        }
        char close = identifier.charAt(identifier.length() - 1);
        String inner = identifier.substring(1, identifier.length() - 1);
        return inner.replace(String.valueOf(close) + close, String.valueOf(close));
    }

    /** Case-insensitive equality of two identifiers after unquoting. */
    public static boolean sameName(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        return unquote(a).equalsIgnoreCase(unquote(b));
    }

    /** Lower-case key for maps that match identifiers case-insensitively. */
    public static String key(String identifier) {
        return unquote(identifier).toLowerCase(Locale.ROOT);
    }
}
