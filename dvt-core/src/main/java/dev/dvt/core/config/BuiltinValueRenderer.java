package dev.dvt.core.config;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small Jinja subset for configuration files, used when the full engine is not wired in:
 * {@code {{ expr }}} blocks where {@code expr} is {@code env_var('NAME'[, default])},
 * {@code var('name'[, default])} or a literal, followed by any of the filters {@code int},
 * {@code float}, {@code as_number}, {@code as_bool}, {@code as_text}, {@code string},
 * {@code lower}, {@code upper}, {@code trim}. Anything else ({@code {% %}} blocks, other
 * functions) is a COMPILATION error that says the full engine is needed.
 */
public final class BuiltinValueRenderer implements ValueRenderer {
    public static final BuiltinValueRenderer INSTANCE = new BuiltinValueRenderer();

    /** Marks text produced by {@code as_text}, which must stay text even when it looks numeric. */
    private record Text(String value) {
    }

    @Override
    public Object render(String template, RenderContext context) {
        if (!ValueRenderer.hasJinja(template)) {
            return template;
        }
        if (template.contains("{%") || template.contains("{#")) {
            throw new DvtException(ErrorCode.COMPILATION, "'" + context.keyPath()
                    + "' uses a Jinja statement or comment; only {{ ... }} expressions are"
                    + " supported in this file", context.file(), context.line());
        }
        List<Object> parts = new ArrayList<>();
        int pos = 0;
        while (pos < template.length()) {
            int open = template.indexOf("{{", pos);
            if (open < 0) {
                parts.add(template.substring(pos));
                break;
            }
            if (open > pos) {
                parts.add(template.substring(pos, open));
            }
            int close = template.indexOf("}}", open + 2);
            if (close < 0) {
                throw new DvtException(ErrorCode.COMPILATION, "'" + context.keyPath()
                        + "' has '{{' without a closing '}}'", context.file(), context.line());
            }
            String expression = template.substring(open + 2, close);
            parts.add(new ExpressionParser(expression, context).parseAll());
            pos = close + 2;
        }
        if (parts.size() == 1) {
            Object only = parts.get(0);
            return only instanceof Text text ? text.value() : only;
        }
        StringBuilder joined = new StringBuilder();
        for (Object part : parts) {
            joined.append(part instanceof Text text ? text.value() : stringify(part));
        }
        return joined.toString();
    }

    private static String stringify(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return String.valueOf(value);
    }

    /** Recursive-descent parser and evaluator of one expression. */
    private static final class ExpressionParser {
        private final String text;
        private final RenderContext context;
        private int pos;

        ExpressionParser(String text, RenderContext context) {
            this.text = text;
            this.context = context;
        }

        Object parseAll() {
            Object value = expression();
            skipSpaces();
            if (pos != text.length()) {
                throw unsupported();
            }
            return value;
        }

        private Object expression() {
            Object value = primary();
            skipSpaces();
            while (peek('|')) {
                pos++;
                value = applyFilter(identifier(), value);
                skipSpaces();
            }
            return value;
        }

        private Object primary() {
            skipSpaces();
            if (pos >= text.length()) {
                throw unsupported();
            }
            char c = text.charAt(pos);
            if (c == '\'' || c == '"') {
                return stringLiteral(c);
            }
            if (Character.isDigit(c) || c == '-') {
                return numberLiteral();
            }
            String name = identifier();
            switch (name) {
                case "true", "True" -> {
                    return true;
                }
                case "false", "False" -> {
                    return false;
                }
                case "none", "None" -> {
                    return null;
                }
                default -> {
                    return call(name, arguments());
                }
            }
        }

        private List<Object> arguments() {
            skipSpaces();
            if (!peek('(')) {
                throw unsupported();
            }
            pos++;
            List<Object> args = new ArrayList<>();
            skipSpaces();
            if (peek(')')) {
                pos++;
                return args;
            }
            while (true) {
                args.add(expression());
                skipSpaces();
                if (peek(',')) {
                    pos++;
                } else if (peek(')')) {
                    pos++;
                    return args;
                } else {
                    throw unsupported();
                }
            }
        }

        private Object call(String name, List<Object> args) {
            if (args.isEmpty() || args.size() > 2 || !(unwrap(args.get(0)) instanceof String key)) {
                throw unsupported();
            }
            switch (name) {
                case "env_var" -> {
                    String value = context.env().get(key);
                    if (value != null) {
                        return value;
                    }
                    if (args.size() == 2) {
                        return unwrap(args.get(1));
                    }
                    throw new DvtException(ErrorCode.CONFIG, "Environment variable '" + key
                            + "' is required by '" + context.keyPath()
                            + "' but is not set; set it, or give env_var() a default",
                            context.file(), context.line());
                }
                case "var" -> {
                    if (context.vars().containsKey(key)) {
                        return context.vars().get(key);
                    }
                    if (args.size() == 2) {
                        return unwrap(args.get(1));
                    }
                    throw new DvtException(ErrorCode.CONFIG, "Required var '" + key
                            + "' used by '" + context.keyPath() + "' is not defined; pass it with"
                            + " --vars \"{" + key + ": ...}\" or give var() a default",
                            context.file(), context.line());
                }
                default -> throw unsupported();
            }
        }

        private Object applyFilter(String filter, Object input) {
            Object value = unwrap(input);
            return switch (filter) {
                case "int" -> toInt(value);
                case "float" -> toFloat(value);
                case "as_number" -> asNumber(value, filter);
                case "as_bool" -> asBool(value);
                case "as_text" -> new Text(stringify(value));
                case "string" -> stringify(value);
                case "lower" -> stringify(value).toLowerCase(Locale.ROOT);
                case "upper" -> stringify(value).toUpperCase(Locale.ROOT);
                case "trim" -> stringify(value).strip();
                default -> throw new DvtException(ErrorCode.COMPILATION, "'" + context.keyPath()
                        + "' uses the filter '" + filter + "', which needs the full Jinja engine;"
                        + " supported here: int, float, as_number, as_bool, as_text, string,"
                        + " lower, upper, trim", context.file(), context.line());
            };
        }

        /** Jinja's int filter: whole numbers and decimals truncate, anything else is 0. */
        private static Object toInt(Object value) {
            if (value instanceof Boolean b) {
                return b ? 1 : 0;
            }
            try {
                BigDecimal number = new BigDecimal(stringify(value).strip());
                return narrow(number.longValue());
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        private static Object toFloat(Object value) {
            try {
                return Double.parseDouble(stringify(value).strip());
            } catch (NumberFormatException e) {
                return 0.0;
            }
        }

        private Object asNumber(Object value, String filter) {
            if (value instanceof Number) {
                return value;
            }
            String number = stringify(value).strip();
            try {
                return narrow(Long.parseLong(number));
            } catch (NumberFormatException notWhole) {
                try {
                    return Double.parseDouble(number);
                } catch (NumberFormatException e) {
                    throw new DvtException(ErrorCode.CONFIG, "'" + context.keyPath()
                            + "' applies " + filter + " to a value that is not a number",
                            context.file(), context.line());
                }
            }
        }

        private Object asBool(Object value) {
            if (value instanceof Boolean) {
                return value;
            }
            return switch (stringify(value).strip().toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new DvtException(ErrorCode.CONFIG, "'" + context.keyPath()
                        + "' applies as_bool to a value that is not true or false",
                        context.file(), context.line());
            };
        }

        private static Object narrow(long whole) {
            return whole == (int) whole ? (Object) Integer.valueOf((int) whole) : (Object) whole;
        }

        private static Object unwrap(Object value) {
            return value instanceof Text text ? text.value() : value;
        }

        private String stringLiteral(char quote) {
            StringBuilder out = new StringBuilder();
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == quote) {
                    return out.toString();
                }
                if (c == '\\' && pos < text.length()) {
                    c = text.charAt(pos++);
                }
                out.append(c);
            }
            throw unsupported();
        }

        private Object numberLiteral() {
            int start = pos;
            pos++;
            while (pos < text.length()
                    && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            String literal = text.substring(start, pos);
            try {
                return literal.contains(".") ? (Object) Double.parseDouble(literal)
                        : narrow(Long.parseLong(literal));
            } catch (NumberFormatException e) {
                throw unsupported();
            }
        }

        private String identifier() {
            skipSpaces();
            int start = pos;
            while (pos < text.length()
                    && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            if (start == pos) {
                throw unsupported();
            }
            return text.substring(start, pos);
        }

        private boolean peek(char c) {
            return pos < text.length() && text.charAt(pos) == c;
        }

        private void skipSpaces() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private DvtException unsupported() {
            return new DvtException(ErrorCode.COMPILATION, "'" + context.keyPath()
                    + "' holds the expression {{" + text + "}}, which needs the full Jinja engine;"
                    + " supported here: env_var('NAME'[, default]), var('name'[, default]),"
                    + " literals and simple filters", context.file(), context.line());
        }
    }
}
