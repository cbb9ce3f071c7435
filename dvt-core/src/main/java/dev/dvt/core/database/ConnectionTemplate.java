package dev.dvt.core.database;

import static java.util.Objects.requireNonNull;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.Optional;

/**
 * Expands the small template language of databases.yml: {@code {key}}, {@code {a|b}},
 * {@code {key?then:else}} and optional {@code [ ... ]} segments. A template either expands
 * completely or reports the first key it could not fill.
 */
final class ConnectionTemplate {

    /** Where placeholder values come from: the profile first, then the catalog defaults. */
    interface Values {
        Optional<String> fromProfile(String key);

        Optional<String> fromDefaults(String key);
    }

    /** The expanded text, or the key that had no value. */
    record Expansion(Optional<String> text, Optional<String> missingKey) {
        Expansion {
            requireNonNull(text, "text is null");
            requireNonNull(missingKey, "missingKey is null");
        }

        static Expansion of(String text) {
            return new Expansion(Optional.of(text), Optional.empty());
        }

        static Expansion missing(String key) {
            return new Expansion(Optional.empty(), Optional.of(key));
        }
    }

    private ConnectionTemplate() {}

    static Expansion expand(String template, Values values) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '[') {
                int end = closing(template, i, ']');
                // An optional segment whose values are missing simply disappears.
                expandPlain(template.substring(i + 1, end), values).text().ifPresent(out::append);
                i = end + 1;
            } else if (c == '{') {
                int end = closing(template, i, '}');
                Expansion value = placeholder(template.substring(i + 1, end), values);
                if (value.text().isEmpty()) {
                    return value;
                }
                out.append(value.text().get());
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return Expansion.of(out.toString());
    }

    private static Expansion expandPlain(String segment, Values values) {
        if (segment.indexOf('[') >= 0) {
            throw new DvtException(ErrorCode.INTERNAL, "Nested optional segment in template: " + segment);
        }
        return expand(segment, values);
    }

    private static Expansion placeholder(String expression, Values values) {
        int question = expression.indexOf('?');
        if (question >= 0) {
            String key = expression.substring(0, question);
            String choices = expression.substring(question + 1);
            int colon = choices.indexOf(':');
            String whenSet = colon >= 0 ? choices.substring(0, colon) : choices;
            String otherwise = colon >= 0 ? choices.substring(colon + 1) : "";
            String chosen = values.fromProfile(key).isPresent() ? whenSet : otherwise;
            // An empty choice counts as "no value", so a property can be switched off.
            return chosen.isEmpty() ? Expansion.missing(key) : Expansion.of(chosen);
        }
        String[] keys = expression.split("\\|");
        for (String key : keys) {
            Optional<String> value = values.fromProfile(key);
            if (value.isPresent()) {
                return Expansion.of(value.get());
            }
        }
        for (String key : keys) {
            Optional<String> value = values.fromDefaults(key);
            if (value.isPresent()) {
                return Expansion.of(value.get());
            }
        }
        return Expansion.missing(keys[0]);
    }

    private static int closing(String template, int open, char close) {
        int end = template.indexOf(close, open + 1);
        if (end < 0) {
            throw new DvtException(
                    ErrorCode.INTERNAL, "Unclosed '" + template.charAt(open) + "' in template: " + template);
        }
        return end;
    }
}
