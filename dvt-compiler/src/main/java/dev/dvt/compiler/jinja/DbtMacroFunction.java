package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.JinjavaInterpreter.InterpreterScopeClosable;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import com.hubspot.jinjava.tree.Node;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code {% macro %}} as dbt runs it: {@code return(x)} makes the call evaluate to {@code x}
 * (any type), errors are attributed to the macro's own file, and passing arguments the macro
 * cannot take is an error unless its body reads {@code varargs} / {@code kwargs}, as in Jinja2.
 */
final class DbtMacroFunction extends MacroFunction {

    private final String packageName;
    private final Path file;
    private final boolean takesVarargs;
    private final boolean takesKwargs;

    DbtMacroFunction(List<Node> content, String name, LinkedHashMap<String, Object> argNamesWithDefaults,
            Context definitionScope, int line, String packageName, Path file) {
        super(content, name, argNamesWithDefaults, false, definitionScope, line, 0);
        this.packageName = packageName;
        this.file = file;
        this.takesVarargs = bodyMentions(content, MacroFunction.VARARGS_KEY);
        this.takesKwargs = bodyMentions(content, MacroFunction.KWARGS_KEY);
    }

    String packageName() {
        return packageName;
    }

    Path file() {
        return file;
    }

    /** A default value evaluated when the macro is called, because it names earlier parameters. */
    record LateDefault(String expression, int line) {
    }

    @Override
    public Object doEvaluate(Map<String, Object> argMap, Map<String, Object> kwargMap, List<Object> varArgs) {
        RenderState state = RenderState.current();
        checkArguments(state, kwargMap, varArgs);
        JinjavaInterpreter interpreter = JinjavaInterpreter.getCurrent();
        if (argMap.values().stream().anyMatch(v -> v instanceof LateDefault)) {
            argMap = bindLateDefaults(argMap, interpreter);
        }
        RenderState.Frame frame = state.push(file, definitionLineNumber);
        try {
            String output;
            try (InterpreterScopeClosable scope = interpreter.enterScope()) {
                output = getEvaluationResult(argMap, kwargMap, varArgs, interpreter);
            }
            if (state.error() != null) {
                throw state.error();
            }
            return frame.returned ? frame.returnValue : output;
        } catch (RuntimeException e) {
            if (frame.returned && state.error() == null) {
                return frame.returnValue;
            }
            throw state.fail(e);
        } finally {
            state.pop(frame);
        }
    }

    private static Map<String, Object> bindLateDefaults(Map<String, Object> argMap, JinjavaInterpreter interpreter) {
        Map<String, Object> bound = new LinkedHashMap<>();
        try (InterpreterScopeClosable scope = interpreter.enterScope()) {
            for (Map.Entry<String, Object> e : argMap.entrySet()) {
                Object value = e.getValue() instanceof LateDefault late
                        ? interpreter.resolveELExpression(late.expression(), late.line()) : e.getValue();
                bound.put(e.getKey(), value);
                interpreter.getContext().put(e.getKey(), value);
            }
        }
        return bound;
    }

    private void checkArguments(RenderState state, Map<String, Object> kwargMap, List<Object> varArgs) {
        String problem = null;
        if (!varArgs.isEmpty() && !takesVarargs) {
            problem = "macro '" + getName() + "' takes not more than " + getArguments().size()
                    + " argument(s), but got " + (getArguments().size() + varArgs.size());
        } else if (!kwargMap.isEmpty() && !takesKwargs) {
            problem = "macro '" + getName() + "' takes no keyword argument '" + kwargMap.keySet().iterator().next()
                    + "'";
        }
        if (problem != null) {
            throw state.fail(new DvtException(ErrorCode.COMPILATION, problem));
        }
    }

    private static boolean bodyMentions(List<Node> nodes, String word) {
        for (Node node : nodes) {
            if (node.getMaster() != null && node.getMaster().getImage().contains(word)) {
                return true;
            }
            if (bodyMentions(node.getChildren(), word)) {
                return true;
            }
        }
        return false;
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
