package dev.dvt.compiler.jinja;

import static java.util.Objects.requireNonNull;

import com.hubspot.jinjava.lib.fn.MacroFunction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Java function that templates call like a Jinja macro: positional or keyword arguments,
 * defaults, and optional {@code *args} / {@code **kwargs}. Declare it with a Python-style signature:
 *
 * <pre>{@code
 * JavaMacro ref = JavaMacro.of("ref(package_or_name, name=None, version=None, v=None)",
 *         args -> resolveRef(args.string("package_or_name"), args.string("name")));
 * JavaMacro config = JavaMacro.of("config(*args, **kwargs)", args -> record(args.kwargs()));
 * }</pre>
 *
 * Defaults may be {@code None}, {@code True}, {@code False}, numbers, quoted strings, {@code []}
 * or <code>{}</code>. Calling with an argument the signature does not take is a compilation
 * error. An exception thrown by the body fails the render with the template's file and line (a
 * {@link dev.dvt.core.DvtException} keeps its code and message). The body must be thread-safe if
 * the macro is registered engine-wide.
 */
public final class JavaMacro {

    /** What the function does with its bound arguments; returns the value of the call. */
    @FunctionalInterface
    public interface Body {
        Object call(MacroArgs args);
    }

    private final String name;
    private final MacroFunction function;

    private JavaMacro(String name, LinkedHashMap<String, Object> defaults, boolean varargs, boolean kwargs,
            Body body) {
        this.name = name;
        this.function = new JavaMacroFunction(name, defaults, varargs, kwargs, requireNonNull(body, "body is null"));
    }

    /** Declares a function from a signature such as {@code "log(msg, info=False)"}. */
    public static JavaMacro of(String signature, Body body) {
        requireNonNull(signature, "signature is null");
        int open = signature.indexOf('(');
        int close = signature.lastIndexOf(')');
        if (open <= 0 || close < open) {
            throw new IllegalArgumentException("signature must look like name(a, b=1): " + signature);
        }
        String name = signature.substring(0, open).trim();
        LinkedHashMap<String, Object> defaults = new LinkedHashMap<>();
        boolean varargs = false;
        boolean kwargs = false;
        for (String part : ExpressionSplitter.splitTopLevel(signature.substring(open + 1, close), ',')) {
            String param = part.trim();
            if (param.startsWith("**")) {
                kwargs = true;
            } else if (param.startsWith("*")) {
                varargs = true;
            } else {
                int eq = param.indexOf('=');
                if (eq < 0) {
                    defaults.put(param, null);
                } else {
                    defaults.put(param.substring(0, eq).trim(), literal(param.substring(eq + 1).trim()));
                }
            }
        }
        return new JavaMacro(name, defaults, varargs, kwargs, body);
    }

    public String name() {
        return name;
    }

    /** The jinjava callable, for placing the function inside a map or bean templates call it through. */
    public MacroFunction function() {
        return function;
    }

    private static Object literal(String text) {
        switch (text) {
            case "None", "none":
                return null;
            case "True", "true":
                return Boolean.TRUE;
            case "False", "false":
                return Boolean.FALSE;
            case "[]":
                return List.of();
            case "{}":
                return Map.of();
            default:
                break;
        }
        if (text.length() >= 2 && (text.charAt(0) == '\'' || text.charAt(0) == '"')) {
            return text.substring(1, text.length() - 1);
        }
        try {
            return text.contains(".") ? (Object) Double.valueOf(text) : (Object) Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unsupported default value in signature: " + text, e);
        }
    }
}
