package dev.dvt.federation.transpile;

import dev.dvt.federation.sql.SqlDialect;
import net.sf.jsqlparser.expression.StringValue;

/**
 * Carries string literals between dialects by value: decode what the source's literal means
 * (doubled quotes everywhere, backslash escapes in MySQL and in PostgreSQL {@code E'…'}), then
 * write it the compute's way. Spark reads backslashes as escapes and joins adjacent literals, so a
 * doubled quote would silently change the value there.
 */
final class StringLiterals {
    private StringLiterals() {
    }

    static String translate(StringValue literal, SqlDialect from, ComputeDialect to) {
        String prefix = literal.getPrefix() == null ? "" : literal.getPrefix().toUpperCase(java.util.Locale.ROOT);
        boolean escapes = switch (prefix) {
            case "" -> from.backslashEscapes();
            case "N" -> from.backslashEscapes();
            case "E" -> true;
            default -> throw Untranslatable.of("string literal with prefix " + prefix, from, to,
                    "only plain, N'…' and E'…' literals are supported", literal);
        };
        return encode(decode(literal.getValue(), escapes), to);
    }

    static String decode(String raw, boolean backslashEscapes) {
        StringBuilder value = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\'' && i + 1 < raw.length() && raw.charAt(i + 1) == '\'') {
                value.append('\'');
                i++;
            } else if (c == '\\' && backslashEscapes && i + 1 < raw.length()) {
                char next = raw.charAt(++i);
                switch (next) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case 'b' -> value.append('\b');
                    case '0' -> value.append('\0');
                    case 'Z' -> value.append('\u001a');
                    // MySQL keeps the backslash of \% and \_ so LIKE patterns still see it
                    case '%', '_' -> value.append('\\').append(next);
                    default -> value.append(next);
                }
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    static String encode(String value, ComputeDialect to) {
        if (to == ComputeDialect.SPARK) {
            return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        return "'" + value.replace("'", "''") + "'";
    }
}
