package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.el.TruthyTypeConverter;
import java.util.Properties;
import jinjava.de.odysseus.el.ExpressionFactoryImpl;
import jinjava.de.odysseus.el.tree.TreeBuilder;
import jinjava.javax.el.ExpressionFactory;

/**
 * jinjava with DVT's expression parser ({@link DvtSyntaxBuilder}): the same factory settings as
 * stock jinjava, only the tree builder differs.
 */
final class DvtJinjava extends Jinjava {

    private final ExpressionFactory expressions;

    DvtJinjava(JinjavaConfig config) {
        super(config);
        Properties properties = new Properties();
        properties.setProperty(TreeBuilder.class.getName(), DvtSyntaxBuilder.class.getName());
        this.expressions = new ExpressionFactoryImpl(properties, new TruthyTypeConverter());
    }

    @Override
    public ExpressionFactory getExpressionFactory() {
        return expressions;
    }
}
