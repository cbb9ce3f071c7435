package dev.dvt.compiler.jinja;

import java.time.Duration;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstBinary;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstRightValue;
import jinjava.javax.el.ELContext;

/**
 * {@code +} and {@code -} with Python's date arithmetic: {@code datetime ± timedelta},
 * {@code datetime - datetime}, {@code timedelta ± timedelta}. Other operands go to jinjava's own
 * operator, with each side evaluated once.
 */
final class DateArithmetic implements AstBinary.Operator {

    private final AstBinary.Operator fallback;
    private final boolean subtract;

    DateArithmetic(AstBinary.Operator fallback, boolean subtract) {
        this.fallback = fallback;
        this.subtract = subtract;
    }

    @Override
    public Object eval(Bindings bindings, ELContext context, AstNode left, AstNode right) {
        Object a = left.eval(bindings, context);
        Object b = right.eval(bindings, context);
        if (a instanceof PyDateTime date && b instanceof PyModules.Timedelta delta) {
            return date.plus(subtract ? delta.duration().negated() : delta.duration());
        }
        if (!subtract && a instanceof PyModules.Timedelta delta && b instanceof PyDateTime date) {
            return date.plus(delta.duration());
        }
        if (subtract && a instanceof PyDateTime x && b instanceof PyDateTime y) {
            return new PyModules.Timedelta(x.minus(y));
        }
        if (a instanceof PyModules.Timedelta x && b instanceof PyModules.Timedelta y) {
            Duration d = subtract ? x.duration().minus(y.duration()) : x.duration().plus(y.duration());
            return new PyModules.Timedelta(d);
        }
        return fallback.eval(bindings, context, new Value(a), new Value(b));
    }

    /** An already evaluated operand. */
    private static final class Value extends AstRightValue {
        private final Object value;

        Value(Object value) {
            this.value = value;
        }

        @Override
        public Object eval(Bindings bindings, ELContext context) {
            return value;
        }

        @Override
        public void appendStructure(StringBuilder builder, Bindings bindings) {
            builder.append(value);
        }

        @Override
        public String toString() {
            return String.valueOf(value);
        }

        @Override
        public int getCardinality() {
            return 0;
        }

        @Override
        public AstNode getChild(int i) {
            return null;
        }
    }
}
