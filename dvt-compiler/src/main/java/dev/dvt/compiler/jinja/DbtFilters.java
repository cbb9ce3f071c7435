package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.List;
import java.util.regex.Pattern;

/**
 * dbt's native-type filters: {@code as_text}, {@code as_bool}, {@code as_number}, {@code as_native}.
 * Text that looks like a Python literal ({@code 'True'}, {@code '3'}, {@code "['a']"}) becomes that
 * value; anything else is returned unchanged, as dbt does.
 */
final class DbtFilters {

    private static final Pattern LITERAL = Pattern.compile("\\s*(True|False|None|true|false|none|-?[0-9][0-9_.eE+-]*"
            + "|\\[.*]|\\{.*}|\\(.*\\)|'.*'|\".*\")\\s*", Pattern.DOTALL);

    private DbtFilters() {
    }

    static List<Filter> filters() {
        return List.of(
                new PySortFilter(),
                named("as_text", (v, i) -> v == null ? "" : v instanceof String ? v : Values.text(v)),
                named("as_native", DbtFilters::nativeValue),
                named("as_bool", (v, i) -> {
                    Object n = nativeValue(v, i);
                    if (!(n instanceof Boolean)) {
                        throw new DvtException(ErrorCode.COMPILATION, "as_bool: '" + v + "' is not a boolean");
                    }
                    return n;
                }),
                named("as_number", (v, i) -> {
                    Object n = nativeValue(v, i);
                    if (!(n instanceof Number)) {
                        throw new DvtException(ErrorCode.COMPILATION, "as_number: '" + v + "' is not a number");
                    }
                    return n;
                }));
    }

    static Object nativeValue(Object value, JinjavaInterpreter interpreter) {
        if (!(value instanceof String text) || !LITERAL.matcher(text).matches()) {
            return value;
        }
        String t = text.strip();
        switch (t) {
            case "True", "true":
                return Boolean.TRUE;
            case "False", "false":
                return Boolean.FALSE;
            case "None", "none":
                return null;
            default:
                break;
        }
        if (Character.isDigit(t.charAt(0)) || t.charAt(0) == '-') {
            try {
                return Values.number(t.replace("_", ""));
            } catch (NumberFormatException e) {
                return value;
            }
        }
        String expression = t.startsWith("(") ? "[" + t.substring(1, t.length() - 1) + "]" : t;
        Object parsed = interpreter.resolveELExpression(expression, interpreter.getLineNumber());
        return parsed == null ? value : parsed;
    }

    private interface Body {
        Object apply(Object value, JinjavaInterpreter interpreter);
    }

    private static Filter named(String name, Body body) {
        return new Filter() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
                return body.apply(var, interpreter);
            }
        };
    }
}
