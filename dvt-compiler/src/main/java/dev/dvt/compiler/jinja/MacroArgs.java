package dev.dvt.compiler.jinja;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The arguments of one {@link JavaMacro} call, bound to its signature. */
public final class MacroArgs {

    private final String function;
    private final Map<String, Object> named;
    private final Map<String, Object> kwargs;
    private final List<Object> varargs;

    MacroArgs(String function, Map<String, Object> named, Map<String, Object> kwargs, List<Object> varargs) {
        this.function = function;
        this.named = named;
        this.kwargs = kwargs;
        this.varargs = varargs;
    }

    /** The value of a declared parameter (its default when the caller left it out). */
    public Object get(String parameter) {
        if (!named.containsKey(parameter)) {
            throw new IllegalArgumentException(function + "() declares no parameter " + parameter);
        }
        return named.get(parameter);
    }

    /** A declared parameter as text, or null when it is None. */
    public String string(String parameter) {
        Object value = get(parameter);
        return value == null ? null : value.toString();
    }

    /** A declared parameter that must be given and not None. */
    public String requiredString(String parameter) {
        String value = string(parameter);
        if (value == null) {
            throw new DvtException(ErrorCode.COMPILATION, function + "() needs a value for " + parameter);
        }
        return value;
    }

    /** A declared parameter read with Jinja truthiness. */
    public boolean bool(String parameter) {
        return Values.truthy(get(parameter));
    }

    /** Extra keyword arguments (only with {@code **kwargs} in the signature), in call order. */
    public Map<String, Object> kwargs() {
        return Collections.unmodifiableMap(kwargs);
    }

    /** Extra positional arguments (only with {@code *args} in the signature). */
    public List<Object> varargs() {
        return Collections.unmodifiableList(varargs);
    }
}
