package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.el.ext.NamedParameter;
import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstParameters;
import jinjava.javax.el.ELContext;

/**
 * Call arguments that expand Python's spreads: {@link SourcePrepass} turns {@code **kwargs} into the
 * keyword argument {@value #KWARGS} and {@code *args} into {@value #ARGS}; here the dict becomes one
 * keyword argument per entry and the list one positional argument per item, in place.
 */
final class SpreadParameters extends AstParameters {

    static final String KWARGS = "__dvt_spread_kwargs__";
    static final String ARGS = "__dvt_spread_args__";

    SpreadParameters(List<AstNode> nodes) {
        super(nodes);
    }

    @Override
    public Object[] eval(Bindings bindings, ELContext context) {
        Object[] values = super.eval(bindings, context);
        boolean spread = false;
        for (Object value : values) {
            spread |= value instanceof NamedParameter p && (p.getName().equals(KWARGS) || p.getName().equals(ARGS));
        }
        if (!spread) {
            return values;
        }
        List<Object> out = new ArrayList<>(values.length + 4);
        for (Object value : values) {
            if (value instanceof NamedParameter p && p.getName().equals(KWARGS)) {
                if (p.getValue() instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> out.add(new NamedParameter(String.valueOf(k), v)));
                } else if (p.getValue() != null) {
                    throw new DvtException(ErrorCode.COMPILATION, "argument after ** must be a mapping, not "
                            + Values.text(p.getValue()));
                }
            } else if (value instanceof NamedParameter p && p.getName().equals(ARGS)) {
                if (p.getValue() instanceof Iterable<?> items) {
                    items.forEach(out::add);
                } else if (p.getValue() != null) {
                    throw new DvtException(ErrorCode.COMPILATION, "argument after * must be a list, not "
                            + Values.text(p.getValue()));
                }
            } else {
                out.add(value);
            }
        }
        return out.toArray();
    }
}
