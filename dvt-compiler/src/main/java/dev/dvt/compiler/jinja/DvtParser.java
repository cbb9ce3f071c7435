package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.el.ext.AdditionOperator;
import com.hubspot.jinjava.el.ext.AstDict;
import com.hubspot.jinjava.el.ext.ExtendedParser;
import java.util.List;
import java.util.Map;
import jinjava.de.odysseus.el.tree.impl.Builder;
import jinjava.de.odysseus.el.tree.impl.ast.AstBinary;
import jinjava.de.odysseus.el.tree.impl.ast.AstFunction;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstParameters;

/**
 * jinjava's parser with two Python features dbt packages use: dict literals keyed by any
 * expression ({@code {col.column: col}}), and call arguments spread from a dict or list
 * ({@code f(a, **kwargs)}, {@code f(*args)}, which {@link SourcePrepass} marks for
 * {@link SpreadParameters}); and {@code +}/{@code -} know dates ({@link DateArithmetic}).
 */
final class DvtParser extends ExtendedParser {

    private final boolean spreads;

    DvtParser(Builder context, String input) {
        super(context, input);
        this.spreads = input.contains(SpreadParameters.KWARGS) || input.contains(SpreadParameters.ARGS);
    }

    @Override
    protected AstDict createAstDict(Map<AstNode, AstNode> dict) {
        return new ExpressionKeyDict(dict);
    }

    @Override
    protected AstBinary createAstBinary(AstNode left, AstNode right, AstBinary.Operator operator) {
        if (operator == AdditionOperator.OP || operator == AstBinary.ADD || operator == AstBinary.SUB) {
            return super.createAstBinary(left, right, new DateArithmetic(operator, operator == AstBinary.SUB));
        }
        return super.createAstBinary(left, right, operator);
    }

    @Override
    protected AstParameters createAstParameters(List<AstNode> nodes) {
        return new SpreadParameters(nodes);
    }

    @Override
    protected AstFunction createAstFunction(String name, int index, AstParameters params) {
        if (spreads && params instanceof SpreadParameters arguments) {
            return new SpreadingMacroFunction(name, index, arguments, context.isEnabled(Builder.Feature.VARARGS));
        }
        return super.createAstFunction(name, index, params);
    }
}
