package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.el.ext.AbstractCallableMethod;
import com.hubspot.jinjava.el.ext.AstMacroFunction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.javax.el.ELContext;

/**
 * A call by name ({@code m(a, **kw)}) whose arguments include a spread. jinjava evaluates a named
 * call's arguments one by one, so the spread is expanded here, before the macro sees them.
 */
final class SpreadingMacroFunction extends AstMacroFunction {

    private final SpreadParameters arguments;

    SpreadingMacroFunction(String name, int index, SpreadParameters arguments, boolean varargs) {
        super(name, index, arguments, varargs);
        this.arguments = arguments;
    }

    @Override
    protected Object invoke(Bindings bindings, ELContext context, Object base, Method method)
            throws InvocationTargetException, IllegalAccessException {
        if (!method.equals(AbstractCallableMethod.EVAL_METHOD)) {
            return super.invoke(bindings, context, base, method);
        }
        return method.invoke(base, new Object[] {arguments.eval(bindings, context)});
    }
}
