package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.objects.serialization.PyishSerializable;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;

/** One fetched row: a list of values that can also be read by column name ({@code row['id']}). */
public final class ResultRow extends AbstractList<Object> implements PyishSerializable {

    private final List<Object> values;
    private final Map<String, Integer> index;

    ResultRow(List<Object> values, Map<String, Integer> index) {
        this.values = values;
        this.index = index;
    }

    @Override
    public Object get(int i) {
        return values.get(i < 0 ? values.size() + i : i);
    }

    /** The value of the column called {@code column}, or null when there is no such column. */
    public Object get(String column) {
        Integer i = index.get(column);
        return i == null ? null : values.get(i);
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public <T extends Appendable & CharSequence> T appendPyishString(T appendable) throws java.io.IOException {
        return (T) appendable.append(Values.repr(values));
    }
}
