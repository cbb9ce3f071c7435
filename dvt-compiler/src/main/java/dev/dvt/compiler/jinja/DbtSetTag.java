package dev.dvt.compiler.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.tag.SetTag;
import com.hubspot.jinjava.tree.parse.TagToken;
import java.util.ArrayList;
import java.util.List;

/** {@code {% set a, b = f() %}} where {@code f()} returns a sequence: unpacks it, as Python does. */
final class DbtSetTag extends SetTag {
    private static final long serialVersionUID = 1L;

    @Override
    public void executeSet(TagToken tagToken, JinjavaInterpreter interpreter, String[] varTokens,
            List<?> resolvedList, boolean allowDeferredValueOverride) {
        if (varTokens.length > 1 && resolvedList != null && resolvedList.size() == 1
                && resolvedList.get(0) instanceof Iterable<?> values) {
            List<Object> unpacked = new ArrayList<>();
            values.forEach(unpacked::add);
            super.executeSet(tagToken, interpreter, varTokens, unpacked, allowDeferredValueOverride);
            return;
        }
        super.executeSet(tagToken, interpreter, varTokens, resolvedList, allowDeferredValueOverride);
    }
}
