package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.el.ExtendedSyntaxBuilder;
import jinjava.de.odysseus.el.tree.impl.Parser;

/** Builds expression trees with {@link DvtParser}. Public: the EL factory instantiates it by name. */
public final class DvtSyntaxBuilder extends ExtendedSyntaxBuilder {
    private static final long serialVersionUID = 1L;

    public DvtSyntaxBuilder() {
    }

    public DvtSyntaxBuilder(Feature... features) {
        super(features);
    }

    @Override
    protected Parser createParser(String expression) {
        return new DvtParser(this, expression);
    }
}
