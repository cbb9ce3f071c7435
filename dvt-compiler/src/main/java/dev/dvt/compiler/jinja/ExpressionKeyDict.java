package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.el.ext.AstDict;
import com.hubspot.jinjava.el.ext.ExtendedParser;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.objects.collections.SizeLimitingPyMap;
import java.util.LinkedHashMap;
import java.util.Map;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstIdentifier;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstString;
import jinjava.javax.el.ELContext;

/**
 * A dict literal whose keys may be any expression, as in Python ({@code {key.lower(): val}});
 * stock jinjava accepts only strings, names and numbers. A bare name is looked up and falls back
 * to itself when undefined, as jinjava's {@code EvaluateMapKeys} does. Keys are text, as in every
 * jinjava dict.
 */
final class ExpressionKeyDict extends AstDict {

    ExpressionKeyDict(Map<AstNode, AstNode> dict) {
        super(dict);
    }

    @Override
    public Object eval(Bindings bindings, ELContext context) {
        JinjavaInterpreter interpreter = (JinjavaInterpreter) context.getELResolver().getValue(context, null,
                ExtendedParser.INTERPRETER);
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<AstNode, AstNode> entry : dict.entrySet()) {
            AstNode keyNode = entry.getKey();
            String key;
            if (keyNode instanceof AstString) {
                key = String.valueOf(keyNode.eval(bindings, context));
            } else if (keyNode instanceof AstIdentifier identifier) {
                Object value = identifier.eval(bindings, context);
                key = value == null ? identifier.getName() : value.toString();
            } else {
                key = Values.text(keyNode.eval(bindings, context));
            }
            values.put(key, entry.getValue().eval(bindings, context));
        }
        return new SizeLimitingPyMap(values, interpreter.getConfig().getMaxMapSize());
    }
}
