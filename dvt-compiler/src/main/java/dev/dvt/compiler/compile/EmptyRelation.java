package dev.dvt.compiler.compile;

import com.hubspot.jinjava.objects.serialization.PyishSerializable;
import dev.dvt.compiler.runtime.JinjaRelation;
import java.io.IOException;

/**
 * What {@code ref()} and {@code source()} return under {@code --empty}: it prints as a subquery
 * that returns no rows, {@code (select * from x where false limit 0)} (with the alias databases
 * that require one), while {@code .identifier}, {@code .schema}, {@code render()}… still describe
 * the real relation.
 */
public final class EmptyRelation implements PyishSerializable {
    private final JinjaRelation relation;
    private final boolean alias;

    EmptyRelation(JinjaRelation relation, boolean alias) {
        this.relation = relation;
        this.alias = alias;
    }

    public String getDatabase() {
        return relation.getDatabase();
    }

    public String getSchema() {
        return relation.getSchema();
    }

    public String getIdentifier() {
        return relation.getIdentifier();
    }

    public String getName() {
        return relation.getName();
    }

    /** The real relation's name, without the empty subquery. */
    public String render() {
        return relation.render();
    }

    @Override
    public String toString() {
        return "(select * from " + relation.render() + " where false limit 0)"
                + (alias ? " _dbt_limit_subq_" + relation.getIdentifier() : "");
    }

    @Override
    public <T extends Appendable & CharSequence> T appendPyishString(T appendable) throws IOException {
        appendable.append(toString());
        return appendable;
    }
}
