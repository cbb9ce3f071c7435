package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.lib.fn.MacroFunction;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adapts a {@link JavaMacro} to jinjava, which gives macros (unlike plain functions) kwargs. */
final class JavaMacroFunction extends MacroFunction {

    private final boolean varargs;
    private final boolean kwargs;
    private final JavaMacro.Body body;

    JavaMacroFunction(String name, LinkedHashMap<String, Object> defaults, boolean varargs, boolean kwargs,
            JavaMacro.Body body) {
        super(List.of(), name, defaults, false, null, 0, 0);
        this.varargs = varargs;
        this.kwargs = kwargs;
        this.body = body;
    }

    @Override
    public Object doEvaluate(Map<String, Object> argMap, Map<String, Object> kwargMap, List<Object> varArgs) {
        RenderState state = RenderState.current();
        if (!varArgs.isEmpty() && !varargs) {
            throw state.fail(new DvtException(ErrorCode.COMPILATION, getName() + "() takes at most "
                    + argMap.size() + " argument(s) but " + (argMap.size() + varArgs.size()) + " were given"));
        }
        if (!kwargMap.isEmpty() && !kwargs) {
            throw state.fail(new DvtException(ErrorCode.COMPILATION, getName()
                    + "() got an unexpected keyword argument '" + kwargMap.keySet().iterator().next() + "'"));
        }
        try {
            return body.call(new MacroArgs(getName(), argMap, kwargMap, varArgs));
        } catch (RuntimeException e) {
            throw state.fail(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
